"""Prints what the nightly backup job would prune from backups.csv under the retention policy."""
import csv
import os
import sys

from humanbytes import format_bytes
from retention import keep, parse


def main(path):
    with open(path, newline="") as f:
        rows = [(parse(r["date"]), int(r["bytes"])) for r in csv.DictReader(f)]
    kept = set(keep([d for d, _ in rows], daily=3, weekly=2, monthly=2))
    freed = sum(size for d, size in rows if d not in kept)
    total = sum(size for _, size in rows)
    print(f"backup-report: keep {len(kept)} of {len(rows)} backups, prune {format_bytes(freed)} of {format_bytes(total)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BACKUP_INDEX", "backups.csv"))
