#!/usr/bin/env python3
"""Turns criterion's results for benches/lookups.rs into a Markdown table (BENCHMARKS.md).

Usage: scripts/bench_report.py CRITERION_DIR...

Reads `<group>/<function>/new/{benchmark,estimates}.json` under each directory, divides
criterion's median time per iteration by the inputs per iteration (QUERIES in
benches/lookups.rs), and prints, per operation and table size, the median ns per operation of
every contender and the ratio of define_codes! to the best other contender of the same run.
"""

import json
import os
import sys

QUERIES = 1024
ORDER = ["from_code", "from_name", "code", "name", "message", "debug", "display"]
OURS = "define_codes"


def load(root):
    results = {}
    for dirpath, _, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "estimates.json" not in files:
            continue
        with open(os.path.join(dirpath, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(dirpath, "estimates.json")) as f:
            estimates = json.load(f)
        parts = bench["group_id"].split("/")
        if len(parts) != 2 or parts[0] not in ORDER:
            continue  # not a group of benches/lookups.rs
        what, rows = parts
        median = estimates["median"]
        results[(what, int(rows), bench["function_id"])] = (
            median["point_estimate"] / QUERIES,
            median["confidence_interval"]["lower_bound"] / QUERIES,
            median["confidence_interval"]["upper_bound"] / QUERIES,
        )
    return results


def main():
    results = {}
    for root in sys.argv[1:]:
        results.update(load(root))
    if not results:
        sys.exit("bench_report.py: no criterion results found")
    contenders = []
    for _, _, function in sorted(results):
        if function not in contenders:
            contenders.append(function)
    contenders.sort(key=lambda c: (c != OURS, c))
    print("| operation | rows | " + " | ".join(contenders) + " | define_codes / best other |")
    print("|---|--:|" + "--:|" * len(contenders) + "--:|")
    keys = sorted({(what, rows) for what, rows, _ in results}, key=lambda k: (ORDER.index(k[0]), k[1]))
    for what, rows in keys:
        cells = []
        others = []
        for contender in contenders:
            found = results.get((what, rows, contender))
            if found is None:
                cells.append("—")
                continue
            cells.append(f"{found[0]:.2f}")
            if contender != OURS:
                others.append((found[0], contender))
        ours = results.get((what, rows, OURS))
        if ours and others:
            best, best_name = min(others)
            ratio = f"{ours[0] / best:.2f}× ({best_name})"
        else:
            ratio = "—"
        print(f"| `{what}` | {rows} | " + " | ".join(cells) + f" | {ratio} |")
    print()
    print(
        f"Median ns per operation (criterion's median per iteration / {QUERIES} inputs). "
        "95 % confidence intervals of the medians, ns per operation:"
    )
    print()
    for what, rows in keys:
        spans = []
        for contender in contenders:
            found = results.get((what, rows, contender))
            if found:
                spans.append(f"{contender} [{found[1]:.2f}, {found[2]:.2f}]")
        print(f"- `{what}` {rows}: " + "; ".join(spans))


if __name__ == "__main__":
    main()
