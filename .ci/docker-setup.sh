#!/usr/bin/env bash
# Prepares a Docker engine and offline stand-in base images for Dockwright's examples and integration tests.
#
# Usage: sudo .ci/docker-setup.sh [--force]      (idempotent; --force rebuilds every stand-in image)
#
# 1. Installs Debian's docker.io and debootstrap when missing.
# 2. Starts `dockerd --iptables=false --bridge=none` in the background when no daemon answers
#    (log: /var/log/dockwright-dockerd.log) and waits until `docker info` works.
# 3. Docker Hub is unreachable here, so base images are made offline: a Debian bookworm minbase rootfs
#    (debootstrap, cached as a tarball under /var/cache/dockwright) is imported twice, with the official images'
#    apt settings (no .deb or package caches kept): dockwright/bookworm:minbase (debian:bookworm) and, without docs,
#    man pages and locales, dockwright/bookworm:slim (debian:bookworm-slim); then each .ci/images/*.Dockerfile
#    is built from one of them (network host, the host's CA bundle and Java trust store copied in) and tagged with the names real Dockerfiles use (python:3.7, node:18-slim, ...). The fat ones share
#    dockwright/bookworm:buildpack (compilers, git, curl). An image is rebuilt only when its recipe or base
#    changed (the hash is kept in a label). PyPI is unreachable: the python:3.7 stand-in's pip installs from
#    a wheelhouse inside the image (real packages repackaged from Debian, see images/debian-to-wheel.py).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${DOCKWRIGHT_CACHE:-/var/cache/dockwright}"
LOG="${DOCKWRIGHT_DOCKERD_LOG:-/var/log/dockwright-dockerd.log}"
MIRROR="${DOCKWRIGHT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE=dockwright/bookworm:minbase
SLIM=dockwright/bookworm:slim
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1
START=$SECONDS

say() { printf '[docker-setup %3ss] %s\n' "$((SECONDS - START))" "$*"; }
die() { printf '[docker-setup] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (it installs packages and starts dockerd)"

# The classic builder is used for the stand-ins: it works with every docker CLI (no buildx needed).
DOCKER=docker
[[ -x /usr/bin/docker ]] && DOCKER=/usr/bin/docker
export DOCKER_BUILDKIT=0

install_packages() {
    local missing=()
    command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
    [[ -x /usr/bin/docker ]] || command -v docker >/dev/null 2>&1 || missing+=(docker.io)
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        [[ -x /usr/bin/docker ]] && DOCKER=/usr/bin/docker
    fi
}

start_daemon() {
    if "$DOCKER" info >/dev/null 2>&1; then
        say "docker engine answers"
        return
    fi
    say "starting dockerd (log: $LOG)"
    command -v containerd >/dev/null 2>&1 || die "containerd missing: apt-get install docker.io"
    setsid nohup dockerd --iptables=false --bridge=none >"$LOG" 2>&1 < /dev/null &
    local pid=$!
    for _ in $(seq 1 60); do
        if "$DOCKER" info >/dev/null 2>&1; then say "dockerd is up (pid $pid)"; return; fi
        kill -0 "$pid" 2>/dev/null || die "dockerd exited; last lines of $LOG:
$(tail -n 20 "$LOG")"
        sleep 1
    done
    die "dockerd did not answer within 60 s; see $LOG"
}

has_image() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

# What the official Debian images change in the debootstrapped rootfs ($1), as debuerreotype does: apt keeps
# no downloaded .deb files, package caches or translations; the slim variant ($2 = slim) also drops docs, man
# pages and locales and keeps dpkg from installing them again (debian:bookworm-slim).
rootfs_tweaks() {
    local root="$1" variant="$2"
    cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
    echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
    echo 'Acquire::GzipIndexes "true";' >"$root/etc/apt/apt.conf.d/docker-gzip-indexes"
    echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$root/etc/apt/apt.conf.d/docker-autoremove-suggests"
    rm -f "$root"/var/cache/apt/*.bin
    if [[ "$variant" == slim ]]; then
        cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
        find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
        find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
        rm -rf "$root"/usr/share/{groff,info,linda,lintian/overrides,locale,man}/*
    fi
}

# Imports the debootstrapped rootfs (cached as a tarball) as $1 with rootfs_tweaks variant $2, unless an image with
# the same tweaks (hash in a label) exists.
import_base() {
    local tag="$1" variant="$2" tarball="$CACHE/bookworm-minbase.tar" hash
    hash="$( (declare -f rootfs_tweaks; echo "$variant"; stat -c '%s %Y' "$tarball") | sha256sum | cut -c1-16)"
    if [[ $FORCE -eq 0 && "$("$DOCKER" image inspect -f '{{index .Config.Labels "io.dockwright.recipe"}}' "$tag" 2>/dev/null)" == "$hash" ]]; then
        say "$tag is up to date"
        return
    fi
    say "importing $tag ($variant)"
    local root
    root="$(mktemp -d /tmp/dockwright-rootfs.XXXXXX)"
    tar --numeric-owner -xpf "$tarball" -C "$root"
    rootfs_tweaks "$root" "$variant"
    tar --numeric-owner -C "$root" -c . | "$DOCKER" import --change "LABEL io.dockwright.recipe=$hash" \
        --change 'CMD ["bash"]' - "$tag" >/dev/null
    rm -rf "$root"
}

make_base() {
    local tarball="$CACHE/bookworm-minbase.tar"
    if [[ ! -s "$tarball" ]]; then
        say "debootstrap bookworm minbase (cached in $tarball)"
        mkdir -p "$CACHE"
        local root
        root="$(mktemp -d /tmp/dockwright-rootfs.XXXXXX)"
        debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
            || die "debootstrap failed; see $CACHE/debootstrap.log"
        rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
        tar --numeric-owner -C "$root" -c . >"$tarball.tmp" && mv "$tarball.tmp" "$tarball"
        rm -rf "$root"
    fi
    import_base "$BASE" full
    import_base "$SLIM" slim
    for tag in debian:bookworm debian:12; do "$DOCKER" tag "$BASE" "$tag"; done
    for tag in debian:bookworm-slim debian:12-slim; do "$DOCKER" tag "$SLIM" "$tag"; done
}

# Builds .ci/images/<file>.Dockerfile as every tag given, unless an image with the same recipe hash exists.
build_image() {
    local recipe="$HERE/images/$1.Dockerfile"; shift
    local hash
    local from
    from="$(sed -n 's/^FROM \([^ ]*\).*/\1/p' "$recipe" | grep -v '^scratch$' | sort -u)"
    hash="$( (cat "$recipe" "$HERE"/images/*.py; for f in $from; do "$DOCKER" image inspect -f '{{.Id}}' "$f"; done) \
        | sha256sum | cut -c1-16)"
    local current
    current="$("$DOCKER" image inspect -f '{{index .Config.Labels "io.dockwright.recipe"}}' "$1" 2>/dev/null || true)"
    if [[ $FORCE -eq 0 && "$current" == "$hash" ]]; then
        say "$1 is up to date"
        return
    fi
    say "building $* from $(basename "$recipe")"
    local old
    old="$("$DOCKER" image inspect -f '{{.Id}}' "$1" 2>/dev/null || true)"
    local ctx
    ctx="$(mktemp -d /tmp/dockwright-image.XXXXXX)"
    cp "$HERE"/images/*.py "$ctx/"
    cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
    if [[ -f /etc/ssl/certs/java/cacerts ]]; then cp /etc/ssl/certs/java/cacerts "$ctx/cacerts"; else : >"$ctx/cacerts"; fi
    local tags=()
    for t in "$@"; do tags+=(-t "$t"); done
    if ! "$DOCKER" build --force-rm --network host --label "io.dockwright.recipe=$hash" -f "$recipe" "${tags[@]}" "$ctx" \
            >"$CACHE/build-$(basename "$recipe" .Dockerfile).log" 2>&1; then
        rm -rf "$ctx"
        die "building $1 failed; see $CACHE/build-$(basename "$recipe" .Dockerfile).log"
    fi
    rm -rf "$ctx"
    # drop the replaced version (refused, harmlessly, while something still uses it)
    [[ -n "$old" && "$old" != "$("$DOCKER" image inspect -f '{{.Id}}' "$1")" ]] && "$DOCKER" rmi "$old" >/dev/null 2>&1 || true
}

install_packages
start_daemon
mkdir -p "$CACHE"
make_base
# Runs build_image jobs two at a time (downloads overlap); fails when any failed.
parallel_builds() {
    local pids=() failed=0
    for job in "$@"; do
        # shellcheck disable=SC2086
        build_image $job &
        pids+=($!)
        if ((${#pids[@]} == 2)); then
            wait "${pids[0]}" || failed=1
            pids=("${pids[1]}")
        fi
    done
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    ((failed == 0)) || die "some stand-in images failed to build (logs in $CACHE)"
}

build_image buildpack dockwright/bookworm:buildpack gcc:12
parallel_builds "python-fat python:3.7" "node-fat node:18" "golang golang:1.19" "python-slim python:3.7-slim" \
    "node-slim node:18-slim" "distroless-static gcr.io/distroless/static-debian12" \
    "maven maven:3.9-eclipse-temurin-17" "jre eclipse-temurin:17-jre"
say "done: $("$DOCKER" images --format '{{.Repository}}:{{.Tag}}' | grep -v '<none>' | sort | tr '\n' ' ')"
