#!/bin/sh
# For every installed Debian PHP SAPI (cli, apache2, fpm): its php.ini is $PHP_INI_DIR/php.ini (a dangling link
# until a Dockerfile makes one, as the official images have none), extension_dir is the official image's, and
# opcache and sodium are left to $PHP_INI_DIR/conf.d (docker-php-ext-*.ini), as in the official images.
set -eu
ext=/usr/local/lib/php/extensions/no-debug-non-zts-20220829
for sapi in /etc/php/8.2/*/; do
    [ -d "$sapi/conf.d" ] || continue
    rm -f "$sapi/php.ini" && ln -s "$PHP_INI_DIR/php.ini" "$sapi/php.ini"
    echo "extension_dir=$ext" > "$sapi/conf.d/00-dockwright-extension-dir.ini"
    rm -f "$sapi"/conf.d/*-opcache.ini "$sapi"/conf.d/*-sodium.ini
done
