# Stand-in for node:18-slim: Debian bookworm's Node.js 18 runtime only.
FROM dockwright/bookworm:slim
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs ca-certificates >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
LABEL io.dockwright.standin="node:18-slim (Debian bookworm nodejs only)"
CMD ["node"]
