"""Writes the service's config file from the rate table that finance maintains (rates.csv)."""
import csv
import sys

import click


@click.command()
@click.argument("rates", type=click.File("r"))
@click.option("--currency", default="EUR")
def main(rates, currency):
    out = sys.stdout
    out.write(f"# generated from rates.csv; currency {currency}\n[service]\ncurrency = {currency}\n")
    for row in csv.DictReader(rates):
        out.write(f"\n[zone:{row['zone']}]\n")
        for key in ("base_cents", "per_kg_cents", "free_above_cents"):
            out.write(f"{key} = {row[key]}\n")


if __name__ == "__main__":
    main()
