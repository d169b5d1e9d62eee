"""Repackages pure-Python Debian packages (installed with apt) as wheels for the stand-in python images.

PyPI is unreachable on these machines, and Debian's source archive too; Debian's binary packages carry the
real upstream modules and their metadata (*.egg-info / *.dist-info), so each is zipped as a standard
py3-none-any wheel (PEP 427: METADATA, WHEEL, RECORD with sha256 hashes) that pip installs offline.
Usage: python3 debian-to-wheel.py OUTDIR DEBIAN-PACKAGE...
"""
import base64, hashlib, os, subprocess, sys, zipfile

SITE = "/usr/lib/python3/dist-packages/"


def files_of(package):
    out = subprocess.run(["dpkg", "-L", package], check=True, capture_output=True, text=True).stdout
    return [p for p in out.splitlines()
            if p.startswith(SITE) and os.path.isfile(p) and "__pycache__" not in p]


def metadata_dir(files):
    for suffix in (".dist-info/", ".egg-info/"):
        for f in files:
            rel = f[len(SITE):]
            if suffix in rel:
                return rel.split("/")[0]
    sys.exit("no metadata in package")


def requires_dist(meta_dir):
    """egg-info keeps dependencies in requires.txt (sections [extra], [:marker], [extra:marker]);
    wheels declare them as Requires-Dist headers."""
    path = os.path.join(SITE, meta_dir, "requires.txt")
    if not os.path.isfile(path):
        return []
    out, extra, marker = [], None, None
    for line in open(path, encoding="utf-8").read().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("["):
            section = line[1:-1]
            extra, _, marker = section.partition(":")
            extra, marker = extra or None, marker or None
            continue
        conds = [c for c in (marker, f'extra == "{extra}"' if extra else None) if c]
        out.append(f"Requires-Dist: {line}" + (f"; {' and '.join(conds)}" if conds else ""))
    return out


def debian_depends(package):
    out = subprocess.run(["dpkg-query", "-W", "-f=${Depends}", package], check=True, capture_output=True, text=True).stdout
    names = [d.strip().split(" ")[0].split(":")[0] for d in out.replace("|", ",").split(",")]
    return [n for n in names if n.startswith("python3-")]


def dist_name(package):
    files = files_of(package)
    meta = metadata_dir(files)
    return meta.split("-")[0]


def build(outdir, package, known=()):
    files = files_of(package)
    meta = metadata_dir(files)
    meta_file = os.path.join(SITE, meta, "METADATA" if meta.endswith(".dist-info") else "PKG-INFO")
    if not os.path.exists(meta_file) and os.path.isfile(os.path.join(SITE, meta)):
        meta_file = os.path.join(SITE, meta)
    fields = {}
    with open(meta_file, encoding="utf-8") as fh:
        metadata = fh.read()
    if meta.endswith(".egg-info") and "Requires-Dist:" not in metadata:
        head, sep, body = metadata.partition("\n\n")
        extra_lines = requires_dist(meta)
        if not any(";" not in l for l in extra_lines):
            # Debian dropped install_requires (e.g. requests): take the package's Depends on packages we wheel
            extra_lines = [f"Requires-Dist: {dist_name(d)}" for d in debian_depends(package) if d in known] + extra_lines
        if extra_lines:
            metadata = head.rstrip("\n") + "\n" + "\n".join(extra_lines) + "\n" + sep + body
    for line in metadata.splitlines():
        if ":" in line and not line.startswith(" "):
            k, v = line.split(":", 1)
            fields.setdefault(k, v.strip())
    name = fields["Name"].replace("-", "_")
    version = fields["Version"]
    info = f"{name}-{version}.dist-info"
    wheel = os.path.join(outdir, f"{name}-{version}-py3-none-any.whl")
    record = []
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        def add(arcname, data):
            zf.writestr(arcname, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{arcname},sha256={digest},{len(data)}")
        for f in sorted(files):
            rel = f[len(SITE):]
            if rel.startswith(meta):
                continue
            with open(f, "rb") as fh:
                add(rel, fh.read())
        add(f"{info}/METADATA", metadata.encode())
        add(f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: dockwright-standin\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        top = sorted({f[len(SITE):].split("/")[0].removesuffix(".py") for f in files if not f[len(SITE):].startswith(meta)})
        add(f"{info}/top_level.txt", ("\n".join(top) + "\n").encode())
        record.append(f"{info}/RECORD,,")
        zf.writestr(f"{info}/RECORD", "\n".join(record) + "\n")
    print("wheel:", os.path.basename(wheel))


if __name__ == "__main__":
    for pkg in sys.argv[2:]:
        build(sys.argv[1], pkg, set(sys.argv[2:]))
