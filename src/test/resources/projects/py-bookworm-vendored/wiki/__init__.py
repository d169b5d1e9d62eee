import pathlib

from flask import Flask, abort

import tinymark

NOTES = pathlib.Path(__file__).resolve().parent.parent / "notes"
app = Flask(__name__)


@app.get("/")
def index():
    pages = sorted(p.stem for p in NOTES.glob("*.md"))
    return {"pages": pages, "renderer": "tinymark"}


@app.get("/page/<name>")
def page(name):
    path = NOTES / f"{name}.md"
    if not path.is_file():
        abort(404)
    return f"<!doctype html><title>{name}</title>\n{tinymark.render(path.read_text())}\n"
