#!/usr/bin/env python3
"""Mutation scores per folder of src/HospitalDomain from Stryker.NET JSON reports.

Usage: eng/mutation-scores.py REPORT.json [REPORT.json ...]

Each report is the reports/mutation-report.json of one Stryker run (for instance one run per
folder, narrowed with --mutate). When two reports hold the same file, the later one on the
command line counts. Prints a Markdown table: per folder and in total, the score (killed and
timed-out mutants over those plus survived and uncovered ones), killed, survived and uncovered.
Mutants that did not compile or were ignored do not count.
"""

import collections
import json
import sys

MARKER = "src/HospitalDomain/"


def file_counts(report_path):
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    for path, data in report["files"].items():
        statuses = collections.Counter(m["status"] for m in data["mutants"])
        killed = statuses["Killed"] + statuses["Timeout"]
        counts = (killed, statuses["Survived"], statuses["NoCoverage"])
        if sum(counts):
            relative = path.replace("\\", "/").split(MARKER, 1)[-1]
            yield relative, counts


def score(killed, survived, uncovered):
    return 100.0 * killed / (killed + survived + uncovered)


def main(paths):
    if not paths:
        sys.exit(__doc__)
    files = {}
    for path in paths:
        files.update(file_counts(path))
    folders = collections.defaultdict(lambda: [0, 0, 0])
    for relative, counts in files.items():
        folder = relative.split("/", 1)[0] if "/" in relative else "(root)"
        for i, n in enumerate(counts):
            folders[folder][i] += n
    print("| Folder | Score | Killed | Survived | No coverage |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0]
    for folder in sorted(folders):
        k, s, n = folders[folder]
        total = [total[0] + k, total[1] + s, total[2] + n]
        print(f"| {folder} | {score(k, s, n):.1f}% | {k:,} | {s:,} | {n:,} |")
    k, s, n = total
    print(f"| **all measured** | **{score(k, s, n):.1f}%** | {k:,} | {s:,} | {n:,} |")


if __name__ == "__main__":
    main(sys.argv[1:])
