import click

from .splitter import Share, split


@click.command()
@click.option("--total", default=10000, help="bill in cents")
@click.argument("people", nargs=-1)
def main(total, people):
    shares = [Share(p.split(":")[0], int(p.split(":")[1])) for p in (people or ("ana:2", "ben:1", "cy:1", "dee:3"))]
    result = split(total, shares)
    parts = " ".join(f"{k}={v / 100:.2f}" for k, v in result.items())
    click.echo(f"billsplit: {total / 100:.2f} over {len(shares)} people: {parts} (sum {sum(result.values()) / 100:.2f})")


main()
