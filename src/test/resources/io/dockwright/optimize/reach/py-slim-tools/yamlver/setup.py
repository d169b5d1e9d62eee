from setuptools import Extension, setup

setup(
    name="yamlver",
    version="0.1",
    ext_modules=[Extension("yamlver", ["yamlver.c"], libraries=["yaml"])],
)
