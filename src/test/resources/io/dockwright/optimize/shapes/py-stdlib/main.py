import json
import statistics

from words import count_words

numbers = [1, 3, 5, 9]
print(f"shape-stdlib: mean {statistics.mean(numbers)}, {count_words('lean images ship faster')} words,"
      f" json {json.dumps({'slim': True})}")
