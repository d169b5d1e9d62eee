#!/usr/bin/env python3
"""Generates the optimizer's "-dev package -> runtime library packages" table from Debian's Packages index.

Usage: scripts/debian-dev-libraries.py [--suite bookworm] [--packages FILE] [--out FILE]

Downloads dists/SUITE/main/binary-amd64/Packages.xz from deb.debian.org (or reads --packages, plain or .xz) and
writes a gzip'd TSV, one line per -dev package: NAME<TAB>LIB1,LIB2,... . A -dev package's runtime libraries are the
packages of the same source build it depends on with an exact version (`libpq5 (= 15.x)`): the shared libraries
it carries headers for. A -dev package without such a dependency (libjpeg-dev, default-libmysqlclient-dev) takes
the libraries of the -dev packages it depends on, up to three levels down. -dev packages with no shared library
(Go, Haskell, Rust, header-only) are left out.
"""
import argparse
import gzip
import lzma
import re
import sys
import urllib.request

MIRROR = "http://deb.debian.org/debian"
DEP = re.compile(r"^\s*([a-z0-9][a-z0-9+.-]*)(?::[a-z0-9]+)?\s*(?:\((=|>=|<=|>>|<<)\s*([^)]+)\))?\s*$")
LIBRARY = re.compile(r"^(lib|zlib1g$)")
NOT_A_LIBRARY = re.compile(r"(-dev|-dev-.*|-doc|-common|-data|-bin|-tools|-utils)$")
ALWAYS_PRESENT = {"libc6", "libc-dev", "libc6-dev", "libgcc-s1", "libstdc++6"}
# Source-code packages of language ecosystems (Go, Rust, Haskell, JavaScript, OCaml...): not C libraries.
SOURCE_ONLY = re.compile(r"^(golang-|librust-|libghc-|node-|libjs-|r-cran-|elpa-|libocaml|ocaml-|libcoq-|libjulia-)")


def read_index(args):
    if args.packages:
        raw = open(args.packages, "rb").read()
    else:
        url = f"{MIRROR}/dists/{args.suite}/main/binary-amd64/Packages.xz"
        print(f"downloading {url}", file=sys.stderr)
        raw = urllib.request.urlopen(url, timeout=120).read()
    if raw[:6] == b"\xfd7zXZ\x00":
        raw = lzma.decompress(raw)
    return raw.decode("utf-8", "replace")


def parse(text):
    """Package name -> list of (name, relation) for its Depends (first alternative of each)."""
    packages = {}
    for stanza in text.split("\n\n"):
        fields = {}
        key = None
        for line in stanza.splitlines():
            if line.startswith((" ", "\t")) and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        name = fields.get("Package")
        if not name:
            continue
        deps = []
        for clause in fields.get("Depends", "").split(","):
            first = clause.split("|")[0].strip()
            m = DEP.match(first) if first else None
            if m:
                deps.append((m.group(1), m.group(2)))
        packages[name] = deps
    return packages


def libraries(name, packages, depth=0):
    deps = packages.get(name, [])
    own = [d for d, rel in deps if rel == "=" and LIBRARY.match(d) and not NOT_A_LIBRARY.search(d)
           and d not in ALWAYS_PRESENT]
    if own or depth >= 3:
        return own
    found = []
    for d, _ in deps:
        if re.search(r"-dev(-|$)", d) and d in packages and d not in ALWAYS_PRESENT:
            for lib in libraries(d, packages, depth + 1):
                if lib not in found:
                    found.append(lib)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", default="bookworm")
    ap.add_argument("--packages", help="a local Packages or Packages.xz file instead of downloading")
    ap.add_argument("--out", default="src/main/resources/io/dockwright/optimize/facts/debian-dev-libraries.tsv.gz")
    args = ap.parse_args()
    packages = parse(read_index(args))
    lines = []
    for name in sorted(packages):
        if not name.endswith("-dev") or SOURCE_ONLY.match(name):
            continue
        libs = libraries(name, packages)
        if libs:
            lines.append(f"{name}\t{','.join(libs)}\n")
    header = f"# Debian {args.suite} main amd64: -dev package -> runtime library packages (scripts/debian-dev-libraries.py)\n"
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write((header + "".join(lines)).encode("utf-8"))
    print(f"{len(lines)} -dev packages with runtime libraries written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
