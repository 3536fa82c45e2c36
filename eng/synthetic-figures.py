#!/usr/bin/env python3
"""Writes a JSON array of CohortFigures (the input of `hospital assess --figures`) for N synthetic
hospitals: every standard metric for 2023 and 2022, deterministic for a seed, one figure in fifty
left out. The figures are plausible in size, not in their ratios: a load for timing the command.

    hospital metrics --json | python3 eng/synthetic-figures.py 3000 > artifacts/figures-3000.json
"""
import json
import random
import sys

COUNT_BASE = {"personTimes": 1_000_000, "persons": 2_000, "operations": 50_000, "items": 500,
              "pieces": 1_000, "cases": 200, "beds": 2_000}
PEER_GROUPS = ["综合-三级", "中医-三级", "专科-三级"]


def value(rng, metric, size):
    kind, unit = metric["kind"], metric.get("unit")
    vary = size * rng.uniform(0.8, 1.2)
    if kind == "count":
        return int(COUNT_BASE.get(unit, 1_000) * vary)
    if kind == "money":
        return round((200_000 if unit == "tenThousandYuan" else 2_000_000_000) * vary, 2)
    if kind == "days":
        return int(800_000 * vary)
    if kind == "score":
        return round(rng.uniform(80, 100), 1)
    if kind == "level":
        return rng.randint(3, 6)
    if kind == "duration":
        return round(rng.uniform(5, 30), 1)
    return round(rng.uniform(1, 50), 2)


def metric_set(rng, metrics, entity, period, size):
    values = {m["code"]: value(rng, m, size) for m in metrics if rng.randrange(50) != 0}
    return {"entity": entity, "period": period, "values": values}


def main():
    count = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2024
    metrics = json.load(sys.stdin)["metrics"]
    rng = random.Random(seed)
    cohort = []
    for h in range(count):
        entity = f"H{h + 1:04d}"
        size = rng.uniform(0.5, 3.0)
        cohort.append({
            "peerGroup": PEER_GROUPS[h % len(PEER_GROUPS)],
            "current": metric_set(rng, metrics, entity, "2023", size),
            "previous": metric_set(rng, metrics, entity, "2022", size * 0.95),
        })
    json.dump(cohort, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
