import click

from . import __version__
from .toc import toc


@click.command()
@click.argument("files", nargs=-1, type=click.File("r"), required=True)
@click.option("--depth", default=2, show_default=True, help="deepest heading level listed")
@click.option("--summary", is_flag=True, help="print one line per file instead of the TOC")
@click.version_option(__version__)
def main(files, depth, summary):
    for f in files:
        entries = toc(f.read().splitlines(), depth)
        if summary:
            first = entries[0].strip("- ").split("](")[0].lstrip("[") if entries else "-"
            click.echo(f"mdtoc {__version__}: {f.name}: {len(entries)} entries up to level {depth}, first '{first}'")
        else:
            click.echo("\n".join(entries))
