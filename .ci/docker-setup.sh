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

# The images a recipe starts from (FROM and COPY --from=), with ARG defaults and the job's build args put in;
# stage names and unknown names are left out.
recipe_bases() {
    local recipe="$1"; shift
    local refs ref name value arg
    refs="$(sed -n -e '/^[[:space:]]*#/d' -e 's/^FROM \([^ ]*\).*/\1/p' -e 's/.*--from=\([^ ]*\).*/\1/p' "$recipe" | sort -u)"
    for ref in $refs; do
        while [[ "$ref" =~ \$\{?([A-Za-z_][A-Za-z0-9_]*)\}? ]]; do
            name="${BASH_REMATCH[1]}"
            value="$(sed -n "s/^ARG $name=//p" "$recipe" | head -n1)"
            for arg in "$@"; do [[ "$arg" == "$name="* ]] && value="${arg#*=}"; done
            ref="${ref//"${BASH_REMATCH[0]}"/$value}"
        done
        "$DOCKER" image inspect -f '{{.Id}}' "$ref" 2>/dev/null || true
    done
}

# The helper files (.ci/images/*.py, *.sh, *.php) a recipe names.
recipe_files() {
    local f
    for f in "$HERE"/images/*.py "$HERE"/images/*.sh "$HERE"/images/*.php; do
        if grep -qF "$(basename "$f")" "$1"; then echo "$f"; fi
    done
}

# Builds .ci/images/<file>.Dockerfile as every tag given (words with '=' are build args), unless an image with the
# same recipe hash exists (recipe, the helper files it names, the build args and the IDs of the images it starts from).
build_image() {
    local name="$1"; shift
    local recipe="$HERE/images/$name.Dockerfile" args=() tags=() word hash current old ctx log
    for word in "$@"; do
        if [[ "$word" == *=* ]]; then args+=("$word"); else tags+=("$word"); fi
    done
    hash="$( (cat "$recipe" $(recipe_files "$recipe"); printf '%s\n' "${args[@]}"; \
        recipe_bases "$recipe" "${args[@]}") | sha256sum | cut -c1-16)"
    current="$("$DOCKER" image inspect -f '{{index .Config.Labels "io.dockwright.recipe"}}' "${tags[0]}" 2>/dev/null || true)"
    if [[ $FORCE -eq 0 && "$current" == "$hash" ]]; then
        say "${tags[0]} is up to date"
        return
    fi
    say "building ${tags[*]} from $name.Dockerfile${args:+ (${args[*]})}"
    old="$("$DOCKER" image inspect -f '{{.Id}}' "${tags[0]}" 2>/dev/null || true)"
    ctx="$(mktemp -d /tmp/dockwright-image.XXXXXX)"
    log="$CACHE/build-$(echo "${tags[0]}" | tr '/:' '__').log"
    cp "$HERE"/images/*.py "$HERE"/images/*.sh "$HERE"/images/*.php "$ctx/"
    cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
    if [[ -f /etc/ssl/certs/java/cacerts ]]; then cp /etc/ssl/certs/java/cacerts "$ctx/cacerts"; else : >"$ctx/cacerts"; fi
    local opts=(--force-rm --network host --label "io.dockwright.recipe=$hash" -f "$recipe")
    for word in "${args[@]}"; do opts+=(--build-arg "$word"); done
    for word in "${tags[@]}"; do opts+=(-t "$word"); done
    if ! "$DOCKER" build "${opts[@]}" "$ctx" >"$log" 2>&1; then
        rm -rf "$ctx"
        die "building ${tags[0]} failed; see $log"
    fi
    rm -rf "$ctx"
    # drop the replaced version (refused, harmlessly, while something still uses it)
    [[ -n "$old" && "$old" != "$("$DOCKER" image inspect -f '{{.Id}}' "${tags[0]}")" ]] && "$DOCKER" rmi "$old" >/dev/null 2>&1 || true
}

install_packages
start_daemon
mkdir -p "$CACHE"
make_base
# Runs build_image jobs, two at a time (downloads overlap; a new one starts as soon as one ends); fails when any
# failed.
parallel_builds() {
    local running=0 failed=0
    for job in "$@"; do
        if ((running == 2)); then
            wait -n || failed=1
            running=$((running - 1))
        fi
        # shellcheck disable=SC2086
        build_image $job &
        running=$((running + 1))
    done
    while ((running > 0)); do
        wait -n || failed=1
        running=$((running - 1))
    done
    ((failed == 0)) || die "some stand-in images failed to build (logs in $CACHE)"
}

NONROOT="UID=65532 HOME_DIR=/home/nonroot"
D=gcr.io/distroless
# each group needs only images of the groups before it
build_image scm dockwright/bookworm:scm buildpack-deps:bookworm-scm buildpack-deps:12-scm
build_image buildpack dockwright/bookworm:buildpack buildpack-deps:bookworm buildpack-deps:12
parallel_builds "node-dist dockwright/node-dist:18" "python-wheels dockwright/python-wheels" \
    "temurin-runtime dockwright/temurin-runtime:17" "php-base dockwright/php-base:8.2" \
    "gcc gcc:12 gcc:12-bookworm" "golang golang:1.19 golang:1.19-bookworm" \
    "distroless FLAVOR=static $D/static-debian12" "distroless FLAVOR=static $NONROOT $D/static-debian12:nonroot" \
    "distroless FLAVOR=base $D/base-debian12" "distroless FLAVOR=base $NONROOT $D/base-debian12:nonroot" \
    "distroless FLAVOR=cc $D/cc-debian12" "distroless FLAVOR=cc $NONROOT $D/cc-debian12:nonroot"
parallel_builds "python-fat PYTHON_SITE=3.7 python:3.7 python:3.7-bookworm" \
    "python-slim PYTHON_SITE=3.7 python:3.7-slim python:3.7-slim-bookworm" \
    "python-fat python:3.11 python:3.11-bookworm python:3 python:3-bookworm" \
    "python-slim python:3.11-slim python:3.11-slim-bookworm python:3-slim python:3-slim-bookworm" \
    "node-fat node:18 node:18-bookworm node:lts node:lts-bookworm" \
    "node-slim node:18-slim node:18-bookworm-slim node:lts-slim node:lts-bookworm-slim" \
    "jre eclipse-temurin:17-jre" "jdk eclipse-temurin:17-jdk eclipse-temurin:17" \
    "ruby-fat ruby:3.1 ruby:3.1-bookworm" "ruby-slim ruby:3.1-slim ruby:3.1-slim-bookworm" \
    "rust rust:1.63 rust:1.63-bookworm rust:1 rust:1-bookworm" \
    "rust BASE=dockwright/bookworm:slim rust:1.63-slim rust:1.63-slim-bookworm rust:1-slim rust:1-slim-bookworm" \
    "php-cli php:8.2-cli php:8.2 php:8.2-cli-bookworm php:8.2-bookworm" \
    "php-apache php:8.2-apache php:8.2-apache-bookworm" "php-fpm php:8.2-fpm php:8.2-fpm-bookworm" \
    "composer composer:2 composer:latest"
parallel_builds "maven maven:3.9-eclipse-temurin-17 maven:3-eclipse-temurin-17" \
    "distroless-java $D/java17-debian12" "distroless-java $NONROOT $D/java17-debian12:nonroot"
say "done: $("$DOCKER" images --format '{{.Repository}}:{{.Tag}}' | grep -v '<none>' | grep -v '^dockwright-' | sort | tr '\n' ' ')"
