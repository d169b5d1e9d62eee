# Stand-in for gcc:12: Debian bookworm's GCC 12 toolchain with make.
FROM dockwright/bookworm:minbase
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends build-essential ca-certificates >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
LABEL io.dockwright.standin="gcc:12 (Debian bookworm build-essential)"
CMD ["bash"]
