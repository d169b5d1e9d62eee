# Stand-in for the official fat python images (docker-library/python 3.11/bookworm/Dockerfile: FROM
# buildpack-deps:bookworm, libbluetooth-dev tk-dev uuid-dev, Python built into /usr/local with pip, setuptools and
# wheel, CMD python3). Docker Hub and python.org are unreachable, so this is Debian bookworm's Python 3.11 (also for
# the python:3.7 tag: PYTHON_SITE=3.7) with pip, venv and the -dev headers on the buildpack-deps stand-in, laid out
# as the official image is (python-layout.sh), pip installing offline from the wheelhouse (python-wheels.Dockerfile).
FROM dockwright/bookworm:buildpack
ARG PYTHON_SITE=3.11
# python 3.11/bookworm/Dockerfile: ENV PATH /usr/local/bin:$PATH; ENV LANG C.UTF-8; ENV PYTHON_VERSION
ENV PATH=/usr/local/bin:$PATH
ENV LANG=C.UTF-8
ENV PYTHON_VERSION=3.11.2
COPY python-layout.sh python-layout.py /tmp/layout/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      python3 python3-pip python3-dev python3-venv libbluetooth-dev tk-dev uuid-dev >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && /tmp/layout/python-layout.sh "$PYTHON_SITE" && rm -rf /tmp/layout
COPY --from=dockwright/python-wheels /wheels /opt/dockwright/wheels
RUN pip --version
LABEL io.dockwright.standin="python (fat; Debian bookworm Python 3.11 + pip on the buildpack-deps stand-in; local wheelhouse)"
CMD ["python3"]
