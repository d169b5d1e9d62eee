# Stand-in for golang:1.19 (docker-library/golang 1.19/bookworm/Dockerfile): the buildpack-deps:bookworm-scm
# stand-in, cgo's gcc/g++/libc6-dev/make/pkg-config, and Debian bookworm's Go 1.19 toolchain moved to
# /usr/local/go (GOROOT there, as in the official image). The Go module proxy is
# unreachable here, so examples use the standard library only.
FROM dockwright/bookworm:scm
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      g++ gcc libc6-dev make pkg-config golang-1.19-go >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && cp -rL /usr/lib/go-1.19 /usr/local/go \
 && rm -rf /usr/lib/go-1.19 /usr/share/go-1.19
# golang 1.19/bookworm/Dockerfile: ENV PATH /usr/local/go/bin:$PATH, GOLANG_VERSION, GOPATH /go,
# PATH $GOPATH/bin:$PATH, mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH", WORKDIR $GOPATH; no CMD
ENV PATH=/usr/local/go/bin:$PATH
ENV GOLANG_VERSION=1.19.8
ENV GOPATH=/go
ENV PATH=$GOPATH/bin:$PATH
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" \
 && [ "$(go env GOROOT)" = /usr/local/go ] && go version
WORKDIR $GOPATH
LABEL io.dockwright.standin="golang:1.19 (Debian bookworm golang-1.19 at /usr/local/go on the buildpack-deps:bookworm-scm stand-in)"
CMD ["bash"]
