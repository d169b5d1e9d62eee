# Stand-in for golang:1.19: Debian bookworm's Go 1.19 toolchain on the buildpack base
# (the Go module proxy is unreachable here, so examples use the standard library only).
FROM dockwright/bookworm:buildpack
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends golang-go >/dev/null \
 && rm -rf /var/lib/apt/lists/*
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
WORKDIR /go
LABEL io.dockwright.standin="golang:1.19 (Debian bookworm golang-go)"
CMD ["bash"]
