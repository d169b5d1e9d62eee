#!/usr/bin/env python3
"""Renders one nginx server block per site in sites.yaml (Debian's python3-yaml and python3-jinja2)."""
import hashlib
import pathlib
import sys

import jinja2
import yaml

here = pathlib.Path(__file__).resolve().parent
spec = yaml.safe_load((here / "sites.yaml").read_text())
env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(here / "templates")), undefined=jinja2.StrictUndefined,
                         keep_trailing_newline=True)
template = env.get_template("site.conf.j2")

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/edge-conf")
out.mkdir(parents=True, exist_ok=True)
digest = hashlib.sha256()
for entry in spec["sites"]:
    site = {**spec["defaults"], "rate_limit": None, **entry}
    text = template.render(site=site)
    (out / f"{site['name']}.conf").write_text(text)
    digest.update(text.encode())
tls = sum(1 for s in spec["sites"] if s.get("tls", spec["defaults"]["tls"]))
print(f"edge-render: {len(spec['sites'])} sites ({tls} with TLS) -> {out}, sha256 {digest.hexdigest()[:12]}"
      f" (PyYAML {yaml.__version__}, Jinja2 {jinja2.__version__})")
