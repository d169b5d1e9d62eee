# The C extension is declared here; the metadata is in pyproject.toml.
from setuptools import Extension, setup

setup(
    package_dir={"": "src"},
    packages=["geohash_fast"],
    ext_modules=[Extension("geohash_fast._geohash", ["src/geohash_fast/_geohash.c"])],
)
