#!/bin/sh
# Installs the stand-ins' versions of the official php images' helper scripts (docker-library/php
# docker-php-ext-install, -enable, -configure, docker-php-source, docker-php-entrypoint) into /usr/local/bin.
# The official docker-php-ext-install compiles a bundled extension from PHP's source; here the extension is
# Debian's build of it, kept in $PHP_EXT_STASH, copied into the extension directory and enabled as
# $PHP_INI_DIR/conf.d/docker-php-ext-NAME.ini. As with the official script, the libraries it links against must
# be installed first (its -dev package brings them); otherwise it fails. Usage: php-helpers.sh DEFAULT_COMMAND
set -eu
default_cmd="$1"
bin=/usr/local/bin

cat > "$bin/docker-php-ext-enable" <<'SH'
#!/bin/sh
# docker-php-ext-enable [--ini-name NAME.ini] EXT...: loads each extension from $PHP_INI_DIR/conf.d.
set -eu
ext_dir="$(php -r 'echo ini_get("extension_dir");')"
ini=""
[ "${1:-}" = "--ini-name" ] && { ini="$2"; shift 2; }
[ $# -gt 0 ] || { echo "usage: $0 [--ini-name file.ini] module-name [module-name ...]" >&2; exit 1; }
for ext in "$@"; do
    so="$ext_dir/$ext.so"
    [ -f "$so" ] || { echo "error: '$ext' does not exist (no $so)" >&2; exit 1; }
    if missing="$(ldd "$so" | grep 'not found')"; then
        echo "error: $ext needs libraries that are not installed (install its -dev package first):" >&2
        echo "$missing" >&2; exit 1
    fi
    line="extension=$ext"
    case "$ext" in opcache|xdebug) line="zend_extension=$ext" ;; esac
    file="$PHP_INI_DIR/conf.d/${ini:-docker-php-ext-$ext.ini}"
    grep -qx "$line" "$file" 2>/dev/null || echo "$line" >> "$file"
done
SH

cat > "$bin/docker-php-ext-install" <<'SH'
#!/bin/sh
# docker-php-ext-install [-jN] [--ini-name NAME.ini] EXT...: puts Debian's build of each extension into the
# extension directory and enables it (the official script compiles it from PHP's source).
set -eu
ext_dir="$(php -r 'echo ini_get("extension_dir");')"
ini=""
exts=""
while [ $# -gt 0 ]; do
    case "$1" in
        -j) shift 2 ;;
        -j*) shift ;;
        --ini-name) ini="$2"; shift 2 ;;
        *) exts="$exts $1"; shift ;;
    esac
done
[ -n "$exts" ] || { echo "usage: $0 [-jN] [--ini-name file.ini] ext-name [ext-name ...]" >&2; exit 1; }
for ext in $exts; do
    ext="${ext%/}"; ext="${ext##*/}"
    if php -m | grep -qix "$ext"; then echo "$ext is already loaded"; continue; fi
    [ -f "$PHP_EXT_STASH/$ext.so" ] || [ -f "$ext_dir/$ext.so" ] || {
        echo "error: $ext is not an extension these stand-ins carry (see $PHP_EXT_STASH)" >&2; exit 1; }
    if [ ! -f "$ext_dir/$ext.so" ]; then
        if missing="$(ldd "$PHP_EXT_STASH/$ext.so" | grep 'not found')"; then
            echo "error: $ext needs libraries that are not installed (install its -dev package first):" >&2
            echo "$missing" >&2; exit 1
        fi
        cp "$PHP_EXT_STASH/$ext.so" "$ext_dir/$ext.so"
    fi
    if [ -n "$ini" ]; then docker-php-ext-enable --ini-name "$ini" "$ext"; else docker-php-ext-enable "$ext"; fi
done
SH

cat > "$bin/docker-php-ext-configure" <<'SH'
#!/bin/sh
# docker-php-ext-configure EXT [ARGS...]: the extensions here are prebuilt, so their configure options are
# only recorded (/usr/local/etc/php/docker-php-ext-configure.log).
set -eu
[ $# -gt 0 ] || { echo "usage: $0 ext-name [configure flags]" >&2; exit 1; }
echo "$*" >> /usr/local/etc/php/docker-php-ext-configure.log
SH

cat > "$bin/docker-php-source" <<'SH'
#!/bin/sh
# docker-php-source extract|delete: there is no PHP source tarball here; /usr/src/php is made and removed.
set -eu
case "${1:-}" in
    extract) mkdir -p /usr/src/php ;;
    delete) rm -rf /usr/src/php ;;
    *) echo "usage: $0 extract|delete" >&2; exit 1 ;;
esac
SH

cat > "$bin/docker-php-entrypoint" <<SH
#!/bin/sh
# An option as the first argument runs $default_cmd with it; anything else runs as given.
set -e
if [ "\${1#-}" != "\$1" ]; then set -- $default_cmd "\$@"; fi
exec "\$@"
SH
chmod +x "$bin"/docker-php-*
