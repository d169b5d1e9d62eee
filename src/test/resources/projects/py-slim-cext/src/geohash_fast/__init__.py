from ._geohash import encode

__all__ = ["encode"]
