# The common part of the php:8.2 stand-ins (docker-library/php 8.2/bookworm/{cli,apache,fpm}/Dockerfile: FROM
# debian:bookworm-slim, ENV PHPIZE_DEPS and those packages with ca-certificates curl xz-utils, ENV PHP_INI_DIR
# /usr/local/etc/php with conf.d, /var/www/html owned by www-data (mode 1777), PHP built into /usr/local with the
# extensions compiled in that php -m lists, opcache and sodium enabled, php.ini-development/-production in
# PHP_INI_DIR and no php.ini). Here Debian bookworm's PHP 8.2 with the packages of those same extensions:
#  - php, php-config, phpize in /usr/local/bin (pointing at Debian's);
#  - extension_dir /usr/local/lib/php/extensions/no-debug-non-zts-20220829 (Debian's /usr/lib/php/20220829
#    points there); Debian's extensions the official build lacks until docker-php-ext-install (calendar, exif,
#    gd, intl, mysqli, pdo_mysql, pgsql, sockets, zip, ...) wait in $PHP_EXT_STASH (php-helpers.sh);
#  - every SAPI reads $PHP_INI_DIR/php.ini (a dangling link until one is made, as the official image has none)
#    and scans $PHP_INI_DIR/conf.d after Debian's own conf.d (PHP_INI_SCAN_DIR), which loads what the
#    official build compiles in.
FROM dockwright/bookworm:slim
ENV PHPIZE_DEPS="autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c"
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      $PHPIZE_DEPS ca-certificates curl xz-utils \
      php8.2-cli php8.2-dev php8.2-curl php8.2-mbstring php8.2-xml php8.2-sqlite3 php8.2-opcache php8.2-readline >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
ENV PHP_INI_DIR=/usr/local/etc/php
ENV PHP_INI_SCAN_DIR=:/usr/local/etc/php/conf.d
ENV PHP_EXT_STASH=/usr/local/lib/php/dockwright-extensions
ENV PHP_VERSION=8.2.32
COPY php-helpers.sh /tmp/
COPY php-sapi-layout.sh /usr/local/lib/php/dockwright-sapi-layout.sh
RUN set -eu; \
    mkdir -p "$PHP_INI_DIR/conf.d" "$PHP_EXT_STASH"; \
    [ ! -d /var/www/html ]; mkdir -p /var/www/html; chown www-data:www-data /var/www/html; chmod 1777 /var/www/html; \
    ext=/usr/local/lib/php/extensions/no-debug-non-zts-20220829; mkdir -p "$ext"; \
    mv /usr/lib/php/20220829/* "$ext/"; rmdir /usr/lib/php/20220829; ln -s "$ext" /usr/lib/php/20220829; \
    apt-get update -qq; mkdir -p /tmp/debs /tmp/x; chown _apt /tmp/debs; cd /tmp/debs; \
    apt-get download -qq php8.2-mysql php8.2-pgsql php8.2-gd php8.2-zip php8.2-intl php8.2-bcmath php8.2-bz2 \
      php8.2-gmp php8.2-soap php8.2-ldap; \
    for deb in *.deb; do dpkg-deb -x "$deb" /tmp/x; done; \
    cp /tmp/x/usr/lib/php/20220829/*.so "$PHP_EXT_STASH/"; \
    mv "$PHP_EXT_STASH/mysqlnd.so" "$ext/"; printf '; priority=10\nextension=mysqlnd.so\n' > /etc/php/8.2/mods-available/mysqlnd.ini; \
    rm -rf /tmp/debs /tmp/x /var/lib/apt/lists/*; \
    for m in calendar exif ffi ftp gettext shmop sockets sysvmsg sysvsem sysvshm xsl; do \
      phpdismod -v ALL -s ALL "$m"; mv "$ext/$m.so" "$PHP_EXT_STASH/"; rm -f "/etc/php/8.2/mods-available/$m.ini"; done; \
    phpenmod -v ALL -s ALL mysqlnd; \
    rm -f /etc/php/8.2/mods-available/opcache.ini /etc/php/8.2/mods-available/sodium.ini; \
    /usr/local/lib/php/dockwright-sapi-layout.sh; \
    cp /usr/lib/php/8.2/php.ini-development /usr/lib/php/8.2/php.ini-production "$PHP_INI_DIR/"; \
    for t in php php-config phpize; do ln -s "$(readlink -f /usr/bin/$t)" "/usr/local/bin/$t"; done; \
    /tmp/php-helpers.sh php; rm /tmp/php-helpers.sh; \
    docker-php-ext-enable opcache; \
    if [ -f "$ext/sodium.so" ]; then docker-php-ext-enable sodium; fi; \
    php -m | grep -qx mysqlnd; php -m | grep -qix "zend opcache"; ! php -m | grep -qx sockets; \
    [ "$(php -r 'echo ini_get("extension_dir");')" = "$ext" ]; php --version
LABEL io.dockwright.standin="php:8.2 base (Debian bookworm php8.2 laid out as the official image)"
