# Stand-in for rust:1.63 and rust:1.63-slim (rust-lang/docker-rust stable/bookworm/Dockerfile and
# stable/bookworm/slim/Dockerfile: FROM buildpack-deps:bookworm or debian:bookworm-slim + ca-certificates gcc
# libc6-dev; ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH
# RUST_VERSION; rustup's toolchain with cargo and rustc in $CARGO_HOME/bin; no CMD). rustup and crates.io are
# unreachable: this is Debian bookworm's rustc 1.63 and cargo, linked into /usr/local/cargo/bin (no rustup), so
# examples use no crates or vendor them. BASE picks the fat or the slim base.
ARG BASE=dockwright/bookworm:buildpack
FROM ${BASE}
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH RUST_VERSION=1.63.0
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates gcc libc6-dev rustc cargo >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && mkdir -p "$CARGO_HOME/bin" "$RUSTUP_HOME" \
 && for t in cargo rustc rustdoc rust-gdb rust-lldb; do if [ -x "/usr/bin/$t" ]; then ln -s "/usr/bin/$t" "$CARGO_HOME/bin/$t"; fi; done \
 && chmod -R a+w "$RUSTUP_HOME" "$CARGO_HOME" \
 && [ "$(command -v cargo)" = /usr/local/cargo/bin/cargo ] && cargo --version && rustc --version
LABEL io.dockwright.standin="rust:1.63 (Debian bookworm rustc + cargo, linked into /usr/local/cargo/bin)"
