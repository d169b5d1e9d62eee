# Stand-in for python:3.7-slim: Debian bookworm's Python 3.11 only. Packages copied into
# /usr/local/lib/python3.7/site-packages (where the official image keeps them) are on sys.path.
FROM dockwright/bookworm:slim
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 ca-certificates >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/* \
 && rm -f /usr/lib/python3*/EXTERNALLY-MANAGED \
 && ln -sf /usr/bin/python3 /usr/local/bin/python \
 && mkdir -p /usr/local/lib/python3.7/site-packages \
 && echo /usr/local/lib/python3.7/site-packages > /usr/lib/python3/dist-packages/dockwright-python37.pth
LABEL io.dockwright.standin="python:3.7-slim (Debian bookworm python3 only)"
CMD ["python3"]
