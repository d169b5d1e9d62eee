# Stand-in for the official slim python images (docker-library/python 3.11/slim-bookworm/Dockerfile: FROM
# debian:bookworm-slim, ca-certificates netbase tzdata, Python built into /usr/local with pip, setuptools and wheel,
# CMD python3): Debian bookworm's Python 3.11 (also for python:3.7-slim: PYTHON_SITE=3.7) with pip and venv, laid
# out as the official image is (python-layout.sh), pip installing offline from the wheelhouse (the official slim
# image reaches PyPI instead).
FROM dockwright/bookworm:slim
ARG PYTHON_SITE=3.11
ENV PATH=/usr/local/bin:$PATH
ENV LANG=C.UTF-8
ENV PYTHON_VERSION=3.11.2
COPY ca-certificates.crt /tmp/host-ca.crt
COPY python-layout.sh python-layout.py /tmp/layout/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      ca-certificates netbase tzdata python3 python3-pip python3-venv >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/* \
 && /tmp/layout/python-layout.sh "$PYTHON_SITE" && rm -rf /tmp/layout
COPY --from=dockwright/python-wheels /wheels /opt/dockwright/wheels
RUN pip --version
LABEL io.dockwright.standin="python (slim; Debian bookworm Python 3.11 + pip on bookworm-slim; local wheelhouse)"
CMD ["python3"]
