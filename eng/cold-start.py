#!/usr/bin/env python3
"""Measures the cold start of the `hospital` command: each command started as a new process, RUNS
runs after one unmeasured run (so the files are in the page cache), printing the median, minimum and
maximum wall time from start to exit and the median peak resident memory (ru_maxrss, what
/usr/bin/time -v reports). Output is thrown away; a command that fails stops the measurement.

    python3 eng/cold-start.py fd samples/HospitalDomain.Cli/bin/Release/net10.0/hospital
    python3 eng/cold-start.py aot artifacts/aot/hospital

The 3,000-hospital figures are made first with eng/synthetic-figures.py (see docs/benchmarks.md).
"""
import os
import statistics
import subprocess
import sys
import time

RUNS = 7
COMMANDS = [
    ("--help", ["--help"]),
    ("evaluate", ["evaluate"]),
    ("assess", ["assess"]),
    ("assess --figures", ["assess", "--figures", "artifacts/figures-3000.json"]),
]


def run_once(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    label, binary = sys.argv[1], sys.argv[2]
    for name, args in COMMANDS:
        run_once([binary, *args])
        samples = [run_once([binary, *args]) for _ in range(RUNS)]
        walls = [wall for wall, _ in samples]
        rss = statistics.median(peak for _, peak in samples)
        print(f"{label:<4}{name:<19}median {statistics.median(walls):.1f} min {min(walls):.1f} "
              f"max {max(walls):.1f}  rss {rss:.1f}")


if __name__ == "__main__":
    main()
