from setuptools import Extension, setup

setup(
    name="crcsum",
    ext_modules=[Extension("app._crc", ["app/_crc.c"])],
)
