"""Prints one checkable line computed in C."""
import sys

from fastsum import _speedups

print("python-cext: hello from a C extension in Python %d (sum of squares 1..1000 = %d, compiled: %s)"
      % (sys.version_info[0], _speedups.sum_of_squares(1000), _speedups.__file__.endswith(".so")))
