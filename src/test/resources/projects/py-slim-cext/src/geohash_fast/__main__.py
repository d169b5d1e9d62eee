import collections
import csv
import sys

from . import _geohash, encode

rows = list(csv.DictReader(open(sys.argv[1] if len(sys.argv) > 1 else "stations.csv")))
cells = collections.Counter(encode(float(r["lat"]), float(r["lon"]), 4) for r in rows)
cell, n = cells.most_common(1)[0]
print(f"geohash-fast: {len(rows)} stations in {len(cells)} cells, busiest {cell} ({n}), "
      f"first {encode(float(rows[0]['lat']), float(rows[0]['lon']))} (C: {_geohash.__file__.endswith('.so')})")
