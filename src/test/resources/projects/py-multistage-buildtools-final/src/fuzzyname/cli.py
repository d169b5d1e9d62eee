import click

from . import closest, distance


@click.command()
@click.argument("names", nargs=-1)
@click.option("--catalog", type=click.File("r"), default="/etc/fuzzyname/catalog.txt")
def main(names, catalog):
    known = [line.strip() for line in catalog if line.strip()]
    for name in names:
        hits = closest(name, known)
        best = f"{hits[0]} ({distance(name.lower(), hits[0].lower())} edits)" if hits else "no match"
        click.echo(f"fuzzyname: {name!r} -> {best}; {len(hits)} candidates of {len(known)}")
