from setuptools import Extension, setup

setup(
    name="fuzzyname",
    version="1.1.0",
    package_dir={"": "src"},
    packages=["fuzzyname"],
    ext_modules=[Extension("fuzzyname._distance", ["src/fuzzyname/_distance.c"], extra_compile_args=["-O3"])],
    install_requires=["click>=8"],
    entry_points={"console_scripts": ["fuzzyname=fuzzyname.cli:main"]},
)
