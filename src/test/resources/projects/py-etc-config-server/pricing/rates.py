import configparser

import attr


@attr.s(frozen=True, auto_attribs=True)
class Zone:
    name: str
    base_cents: int
    per_kg_cents: int
    free_above_cents: int

    def quote(self, weight_kg: float, basket_cents: int) -> int:
        if basket_cents >= self.free_above_cents:
            return 0
        return self.base_cents + round(self.per_kg_cents * max(weight_kg - 1, 0))


def load_zones(path):
    parser = configparser.ConfigParser()
    if not parser.read(path):
        raise SystemExit(f"pricing: no config at {path}")
    return {
        name.split(":", 1)[1]: Zone(
            name=name.split(":", 1)[1],
            base_cents=parser.getint(name, "base_cents"),
            per_kg_cents=parser.getint(name, "per_kg_cents"),
            free_above_cents=parser.getint(name, "free_above_cents"),
        )
        for name in parser.sections()
        if name.startswith("zone:")
    }
