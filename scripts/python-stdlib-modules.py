#!/usr/bin/env python3
"""Writes the top-level module names of Python's standard library (sys.stdlib_module_names, Python 3.10+) plus the
modules later releases removed (PEP 594, distutils, imp, asynchat/asyncore/smtpd), one per line, to stdout.

The optimizer reads the list (src/main/resources/io/dockwright/optimize/facts/python-stdlib-modules.txt) to tell
whether an app imports only the standard library, so that python:3 can become python:3-slim without a build.
Run it with any Python 3.10+: python3 scripts/python-stdlib-modules.py > .../python-stdlib-modules.txt
"""
import sys

REMOVED = {"aifc", "asynchat", "asyncore", "audioop", "cgi", "cgitb", "chunk", "crypt", "distutils", "imghdr", "imp",
           "mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "smtpd", "sndhdr", "spwd", "sunau",
           "telnetlib", "uu", "xdrlib", "lib2to3", "tkinter", "turtle"}

names = set(sys.stdlib_module_names) | REMOVED
print("# Python standard library top-level modules: sys.stdlib_module_names of Python %d.%d plus modules removed by"
      " later releases (scripts/python-stdlib-modules.py)" % sys.version_info[:2])
for n in sorted(names):
    print(n)
