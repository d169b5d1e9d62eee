#!/usr/bin/env python3
"""Summarises an nginx access log: requests, error rate, slowest path and top client (standard library only)."""
import argparse
import collections
import re
import statistics

LINE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-) "[^"]*" "[^"]*" (?P<rt>[\d.]+)'
)


def parse(lines):
    for line in lines:
        m = LINE.match(line)
        if m:
            yield m.groupdict()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log", nargs="?", default="logs/access.log")
    args = ap.parse_args()
    with open(args.log, encoding="utf-8") as f:
        entries = list(parse(f))
    errors = sum(1 for e in entries if e["status"].startswith("5"))
    by_path = collections.defaultdict(list)
    for e in entries:
        by_path[e["path"].split("?")[0]].append(float(e["rt"]))
    slowest = max(by_path, key=lambda p: statistics.median(by_path[p]))
    top_ip, top_n = collections.Counter(e["ip"] for e in entries).most_common(1)[0]
    print(f"logreport: {len(entries)} requests, {100 * errors / len(entries):.1f}% 5xx, "
          f"slowest {slowest} (median {statistics.median(by_path[slowest]) * 1000:.0f} ms), top client {top_ip} ({top_n})")


if __name__ == "__main__":
    main()
