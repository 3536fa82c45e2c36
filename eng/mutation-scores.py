#!/usr/bin/env python3
"""Mutation scores per folder of src/HospitalDomain from Stryker.NET JSON reports.

Usage: eng/mutation-scores.py [--files] REPORT.json [REPORT.json ...]

Each report is the reports/mutation-report.json of one Stryker run (for instance one run per
folder, narrowed with --mutate). When two reports hold the same file, the later one on the
command line counts. Prints a Markdown table: per folder and in total, the score (killed and
timed-out mutants over those plus survived and uncovered ones), killed, survived and uncovered.
Mutants that did not compile or were ignored do not count. With --files, one row per file instead,
with the run it comes from (the name of the folder that holds the report's reports/ folder).
"""

import collections
import json
import os
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


def cells(killed, survived, uncovered):
    """The score, killed, survived and uncovered columns of a table row."""
    return f"{score(killed, survived, uncovered):.1f}% | {killed:,} | {survived:,} | {uncovered:,}"


def run_name(report_path):
    folder = os.path.dirname(os.path.abspath(report_path))
    if os.path.basename(folder) == "reports":
        folder = os.path.dirname(folder)
    return os.path.basename(folder)


def main(args):
    by_file = "--files" in args
    paths = [a for a in args if a != "--files"]
    if not paths:
        sys.exit(__doc__)
    files = {}
    for path in paths:
        run = run_name(path)
        for relative, counts in file_counts(path):
            files[relative] = (counts, run)
    if by_file:
        print("| File | Score | Killed | Survived | No coverage | Run |")
        print("|---|---:|---:|---:|---:|---|")
        for relative in sorted(files):
            counts, run = files[relative]
            print(f"| {relative} | {cells(*counts)} | {run} |")
        return
    folders = collections.defaultdict(lambda: [0, 0, 0])
    for relative, (counts, _) in files.items():
        folder = relative.split("/", 1)[0] if "/" in relative else "(root)"
        for i, n in enumerate(counts):
            folders[folder][i] += n
    print("| Folder | Score | Killed | Survived | No coverage |")
    print("|---|---:|---:|---:|---:|")
    for folder in sorted(folders):
        print(f"| {folder} | {cells(*folders[folder])} |")
    total = [sum(column) for column in zip(*folders.values())]
    print(f"| **all measured** | **{score(*total):.1f}%** | {total[0]:,} | {total[1]:,} | {total[2]:,} |")


if __name__ == "__main__":
    main(sys.argv[1:])
