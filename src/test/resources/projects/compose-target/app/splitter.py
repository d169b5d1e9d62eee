"""Splits a shared bill fairly: amounts in cents, the remainder cents go to the largest shares first."""
import attr


@attr.s(auto_attribs=True, frozen=True)
class Share:
    person: str
    weight: int


def split(total_cents, shares):
    weights = sum(s.weight for s in shares)
    exact = [(s, total_cents * s.weight / weights) for s in shares]
    result = {s.person: int(x) for s, x in exact}
    leftover = total_cents - sum(result.values())
    for s, x in sorted(exact, key=lambda e: (x_frac(e[1]), e[0].weight), reverse=True)[:leftover]:
        result[s.person] += 1
    return result


def x_frac(x):
    return x - int(x)
