# The offline wheelhouse of the python stand-ins (PyPI is unreachable here): real pure-Python packages installed
# from Debian bookworm and repackaged as wheels (debian-to-wheel.py), plus Debian's setuptools and wheel wheels.
FROM dockwright/bookworm:minbase
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      python3 python3-pip-whl python3-setuptools-whl python3-wheel-whl \
      python3-six python3-idna python3-certifi python3-urllib3 python3-charset-normalizer python3-requests \
      python3-click python3-itsdangerous python3-blinker python3-typing-extensions python3-attr \
      python3-markupsafe python3-jinja2 python3-werkzeug python3-flask python3-gunicorn python3-packaging >/dev/null
COPY debian-to-wheel.py /usr/local/bin/
RUN mkdir /wheels && cp /usr/share/python-wheels/setuptools-*.whl /usr/share/python-wheels/wheel-*.whl /wheels/ \
 && python3 /usr/local/bin/debian-to-wheel.py /wheels python3-six python3-idna python3-certifi python3-urllib3 \
      python3-charset-normalizer python3-requests python3-click python3-itsdangerous python3-blinker \
      python3-typing-extensions python3-attr python3-markupsafe python3-jinja2 python3-werkzeug python3-flask \
      python3-gunicorn python3-packaging \
 && ls /wheels | grep -q '^six-1\.16\.0-py3-none-any\.whl$'
