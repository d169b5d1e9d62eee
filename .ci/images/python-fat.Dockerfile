# Stand-in for the official fat python:3.7 (Docker Hub is unreachable): Debian bookworm's Python 3.11 with pip,
# compilers and -dev headers. pip resolves offline from a local wheelhouse: real packages repackaged from Debian (debian-to-wheel.py).
FROM dockwright/bookworm:minbase AS wheels
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      python3 python3-pip-whl python3-setuptools-whl python3-wheel-whl \
      python3-six python3-idna python3-certifi python3-urllib3 python3-charset-normalizer python3-requests \
      python3-click python3-itsdangerous python3-blinker python3-typing-extensions python3-attr >/dev/null
COPY debian-to-wheel.py /usr/local/bin/
RUN mkdir /wheels && cp /usr/share/python-wheels/setuptools-*.whl /usr/share/python-wheels/wheel-*.whl /wheels/ \
 && python3 /usr/local/bin/debian-to-wheel.py /wheels python3-six python3-idna python3-certifi python3-urllib3 \
      python3-charset-normalizer python3-requests python3-click python3-itsdangerous python3-blinker \
      python3-typing-extensions python3-attr \
 && ls /wheels | grep -q '^six-1\.16\.0-py3-none-any\.whl$'

FROM dockwright/bookworm:buildpack
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      python3 python3-pip python3-dev python3-venv libffi-dev libssl-dev zlib1g-dev >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && rm -f /usr/lib/python3*/EXTERNALLY-MANAGED \
 && ln -sf /usr/bin/python3 /usr/local/bin/python \
 && mkdir -p /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.11 \
 && rm -rf /usr/local/lib/python3.11/dist-packages \
 && ln -s /usr/local/lib/python3.7/site-packages /usr/local/lib/python3.11/dist-packages
COPY --from=wheels /wheels /opt/dockwright/wheels
RUN printf '[global]\nno-index = true\nfind-links = /opt/dockwright/wheels\ndisable-pip-version-check = true\nroot-user-action = ignore\n' > /etc/pip.conf
LABEL io.dockwright.standin="python:3.7 (Debian bookworm python3 + pip + build-essential; local wheelhouse)"
CMD ["python3"]
