# Stand-in for golang:1.19: Debian bookworm's Go 1.19 toolchain (the module proxy is unreachable here).
FROM dockwright/bookworm:minbase
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends golang-go gcc libc6-dev git ca-certificates >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /go
LABEL io.dockwright.standin="golang:1.19 (Debian bookworm golang-go)"
CMD ["bash"]
