from ._distance import distance

__all__ = ["distance", "closest"]


def closest(name, candidates, limit=2):
    """The candidates within `limit` edits of name, nearest first."""
    scored = sorted((distance(name.lower(), c.lower()), c) for c in candidates)
    return [c for d, c in scored if d <= limit]
