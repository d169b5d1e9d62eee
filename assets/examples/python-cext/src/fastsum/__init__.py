"""Sums computed by the compiled extension module fastsum._speedups."""
from fastsum._speedups import sum_of_squares

__all__ = ["sum_of_squares"]
