"""The C extension is declared here; the rest of the metadata is in pyproject.toml."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("fastsum._speedups", ["src/fastsum/_speedups.c"])])
