# Stand-ins for gcr.io/distroless/{static,base,cc}-debian12 and their :nonroot tags, made as distroless makes them
# (GoogleContainerTools/distroless): the files of Debian bookworm packages extracted from their .debs (no dpkg, no
# shell) plus the generated passwd, group, home directories, /tmp, nsswitch.conf, os-release and CA bundle.
#   static (static/config.bzl STATIC_PACKAGES debian12): base-files netbase tzdata media-types
#   base   (base/config.bzl BASE_PACKAGES debian12): static + libc6 libssl3
#   cc     (cc/config.bzl CC_PACKAGES debian12): base + libgomp1 libstdc++6 libgcc-s1 gcc-12-base
# Users (common/BUILD.bazel passwd/group/home): root 0, nobody 65534 (/nonexistent), nonroot 65532
# (/home/nonroot, mode 700); groups root, nobody, tty 5, staff 50, nonroot. Config (static/static.bzl): Env PATH
# and SSL_CERT_FILE, User "0" and WorkingDir "/" (root) or User "65532" and WorkingDir "/home/nonroot" (nonroot).
# The CA bundle is this machine's (registries are reached through its TLS proxy), not Debian's ca-certificates.
ARG FLAVOR=static
ARG UID=0
ARG HOME_DIR=/
FROM dockwright/bookworm:minbase AS files
ARG FLAVOR
COPY ca-certificates.crt /tmp/host-ca.crt
RUN set -eu; \
    pkgs="base-files netbase tzdata media-types"; \
    case "$FLAVOR" in \
      static) ;; \
      base) pkgs="$pkgs libc6 libssl3" ;; \
      cc) pkgs="$pkgs libc6 libssl3 libgomp1 libstdc++6 libgcc-s1 gcc-12-base" ;; \
      *) echo "unknown flavor $FLAVOR" >&2; exit 1 ;; \
    esac; \
    apt-get update -qq; mkdir -p /tmp/debs /out; cd /tmp/debs; apt-get download -qq $pkgs; \
    for deb in /tmp/debs/*.deb; do dpkg-deb -x "$deb" /out; done; \
    rm -rf /var/lib/apt/lists/* /tmp/debs; \
    mkdir -p /out/etc/ssl/certs /out/home /out/root /out/home/nonroot /out/tmp; \
    cp /tmp/host-ca.crt /out/etc/ssl/certs/ca-certificates.crt; \
    chmod 700 /out/root /out/home/nonroot; chown 65532:65532 /out/home/nonroot; chmod 1777 /out/tmp; \
    printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
      'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' > /out/etc/passwd; \
    printf '%s\n' 'root:x:0:' 'nobody:x:65534:' 'tty:x:5:' 'staff:x:50:' 'nonroot:x:65532:' > /out/etc/group; \
    printf '%s\n' 'passwd:         compat' 'group:          compat' 'shadow:         compat' 'gshadow:        files' '' \
      'hosts:          files dns' 'networks:       files' '' 'protocols:      db files' 'services:       db files' \
      'ethers:         db files' 'rpc:            db files' '' 'netgroup:       nis' > /out/etc/nsswitch.conf; \
    rm -f /out/etc/os-release; \
    printf '%s\n' 'PRETTY_NAME="Distroless"' 'NAME="Debian GNU/Linux"' 'ID="debian"' 'VERSION_ID="12"' \
      'VERSION="Debian GNU/Linux 12 (bookworm)"' 'HOME_URL="https://github.com/GoogleContainerTools/distroless"' \
      'SUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"' \
      'BUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"' > /out/etc/os-release; \
    if [ -e /out/bin/sh ] || [ -e /out/usr/bin/sh ]; then echo "a shell slipped in" >&2; exit 1; fi

FROM scratch
ARG UID
ARG HOME_DIR
COPY --from=files /out/ /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER $UID
WORKDIR $HOME_DIR
LABEL io.dockwright.standin="gcr.io/distroless (Debian bookworm package files, distroless users; no shell)"
