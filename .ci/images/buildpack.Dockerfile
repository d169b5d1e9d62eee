# The shared fat base (like the official buildpack-deps images): compilers, make, git, curl and the host's CA
# bundle (registries are reached through this machine's TLS proxy). Also the stand-in for gcc:12.
FROM dockwright/bookworm:minbase
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      ca-certificates build-essential git curl xz-utils >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
LABEL io.dockwright.standin="gcc:12 / buildpack (Debian bookworm build-essential, git, curl)"
CMD ["bash"]
