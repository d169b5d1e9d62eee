# Stand-in for php:8.2-apache (docker-library/php 8.2/bookworm/apache/Dockerfile): Debian's apache2 with its envvars
# made overridable, lock/run/log directories owned by www-data (mode 1777), logs to stdout/stderr, mpm_prefork,
# docker-php.conf (.php handled by PHP, DirectoryIndex index.php index.html, AllowOverride All under /var/www/),
# ENV APACHE_CONFDIR/APACHE_ENVVARS, STOPSIGNAL SIGWINCH, WORKDIR /var/www/html, EXPOSE 80,
# CMD apache2-foreground. PHP is Debian's mod_php (libapache2-mod-php8.2) where the official image builds its own.
FROM dockwright/php-base:8.2
ENV APACHE_CONFDIR=/etc/apache2
ENV APACHE_ENVVARS=$APACHE_CONFDIR/envvars
COPY php-helpers.sh /tmp/
RUN set -eu; \
    apt-get update -qq; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends apache2 libapache2-mod-php8.2 >/dev/null; \
    rm -rf /var/lib/apt/lists/*; \
    /usr/local/lib/php/dockwright-sapi-layout.sh; \
    sed -ri 's/^export ([^=]+)=(.*)$/: ${\1:=\2}\nexport \1/' "$APACHE_ENVVARS"; \
    . "$APACHE_ENVVARS"; \
    for dir in "$APACHE_LOCK_DIR" "$APACHE_RUN_DIR" "$APACHE_LOG_DIR" "$APACHE_RUN_DIR/socks"; do \
      rm -rf "$dir"; mkdir -p "$dir"; chown "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$dir"; chmod 1777 "$dir"; done; \
    rm -rf /var/www/html/*; \
    ln -sfT /dev/stderr "$APACHE_LOG_DIR/error.log"; \
    ln -sfT /dev/stdout "$APACHE_LOG_DIR/access.log"; \
    ln -sfT /dev/stdout "$APACHE_LOG_DIR/other_vhosts_access.log"; \
    chown -R --no-dereference "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$APACHE_LOG_DIR"; \
    a2dismod -q mpm_event 2>/dev/null || true; a2enmod -q mpm_prefork php8.2 >/dev/null; \
    printf '%s\n' '<FilesMatch \.php$>' '	SetHandler application/x-httpd-php' '</FilesMatch>' '' \
      'DirectoryIndex disabled' 'DirectoryIndex index.php index.html' '' \
      '<Directory /var/www/>' '	Options -Indexes' '	AllowOverride All' '</Directory>' \
      > "$APACHE_CONFDIR/conf-available/docker-php.conf"; \
    a2enconf -q docker-php; \
    printf '%s\n' '#!/bin/bash' \
      '# Starts Apache in the foreground as php:*-apache does: envvars read, stale pid file removed, its directories made.' \
      'set -e' ': "${APACHE_CONFDIR:=/etc/apache2}"' ': "${APACHE_ENVVARS:=$APACHE_CONFDIR/envvars}"' \
      'if test -f "$APACHE_ENVVARS"; then . "$APACHE_ENVVARS"; fi' \
      ': "${APACHE_RUN_DIR:=/var/run/apache2}"' ': "${APACHE_PID_FILE:=$APACHE_RUN_DIR/apache2.pid}"' \
      'rm -f "$APACHE_PID_FILE"' \
      'for d in "$APACHE_RUN_DIR" "$APACHE_LOCK_DIR" "$APACHE_LOG_DIR"; do [ -n "$d" ] && mkdir -p "$d"; done' \
      'exec apache2 -DFOREGROUND "$@"' > /usr/local/bin/apache2-foreground; \
    chmod +x /usr/local/bin/apache2-foreground; \
    /tmp/php-helpers.sh apache2-foreground; rm /tmp/php-helpers.sh; \
    apache2ctl -t -D DUMP_MODULES 2>&1 | grep -q php_module
ENTRYPOINT ["docker-php-entrypoint"]
STOPSIGNAL SIGWINCH
WORKDIR /var/www/html
EXPOSE 80
LABEL io.dockwright.standin="php:8.2-apache (Debian bookworm apache2 + mod_php 8.2 laid out as the official image)"
CMD ["apache2-foreground"]
