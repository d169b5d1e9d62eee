#!/bin/sh
# Lays Debian's Python 3.11 out as the official python images are where Dockerfiles touch it (stand-ins only):
# python, python3, pythonX.Y, pip, pip3, pipX.Y, pydoc in /usr/local/bin; packages in
# /usr/local/lib/pythonSITE/site-packages (Debian's /usr/local/lib/python3.11/dist-packages points there, and an
# explicit --prefix installs into PREFIX/lib/pythonSITE/site-packages, see python-layout.py); pip installs offline
# from /opt/dockwright/wheels (/etc/pip.conf). Usage: python-layout.sh SITE   (3.11, or 3.7 for the python:3.7 tags)
set -eu
site="$1"
here="$(dirname "$0")"
rm -f /usr/lib/python3*/EXTERNALLY-MANAGED
python3 "$here/python-layout.py" "$site" >> /etc/python3.11/sitecustomize.py
mkdir -p "/usr/local/lib/python$site/site-packages" /usr/local/lib/python3.11
rm -rf /usr/local/lib/python3.11/dist-packages
ln -s "/usr/local/lib/python$site/site-packages" /usr/local/lib/python3.11/dist-packages
cd /usr/local/bin
for v in 3.11 "$site"; do ln -sf /usr/bin/python3.11 "python$v"; ln -sf /usr/bin/pip3 "pip$v"; done
ln -s python3.11 python3 && ln -s python3 python && ln -s /usr/bin/pip3 pip3 && ln -s pip3 pip
ln -s /usr/bin/pydoc3 pydoc3 && ln -s pydoc3 pydoc
if [ -e /usr/bin/python3.11-config ]; then ln -s /usr/bin/python3.11-config python3-config && ln -s python3-config python-config; fi
printf '[global]\nno-index = true\nfind-links = /opt/dockwright/wheels\ndisable-pip-version-check = true\nroot-user-action = ignore\n' > /etc/pip.conf
[ "$(command -v python)" = /usr/local/bin/python ]
