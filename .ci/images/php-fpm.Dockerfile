# Stand-in for php:8.2-fpm (docker-library/php 8.2/bookworm/fpm/Dockerfile): php-fpm at /usr/local/sbin/php-fpm
# reading /usr/local/etc/php-fpm.conf and php-fpm.d/*.conf (www.conf as www-data; docker.conf: logs to stderr,
# clear_env = no, catch_workers_output; zz-docker.conf: daemonize = no, listen = 9000), conf.d/docker-fpm.ini
# (fastcgi.logging = Off), WORKDIR /var/www/html, STOPSIGNAL SIGQUIT, EXPOSE 9000, CMD php-fpm. PHP-FPM is Debian's
# php8.2-fpm, whose compiled-in configuration file points at /usr/local/etc/php-fpm.conf here.
FROM dockwright/php-base:8.2
COPY php-helpers.sh /tmp/
RUN set -eu; \
    apt-get update -qq; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends php8.2-fpm >/dev/null; \
    rm -rf /var/lib/apt/lists/*; \
    /usr/local/lib/php/dockwright-sapi-layout.sh; \
    mkdir -p /usr/local/sbin /usr/local/etc/php-fpm.d /run/php; \
    ln -s /usr/sbin/php-fpm8.2 /usr/local/sbin/php-fpm; \
    printf '%s\n' '[global]' 'include=/usr/local/etc/php-fpm.d/*.conf' > /usr/local/etc/php-fpm.conf; \
    rm -f /etc/php/8.2/fpm/php-fpm.conf && ln -s /usr/local/etc/php-fpm.conf /etc/php/8.2/fpm/php-fpm.conf; \
    printf '%s\n' '[www]' 'user = www-data' 'group = www-data' 'listen = 127.0.0.1:9000' 'pm = dynamic' \
      'pm.max_children = 5' 'pm.start_servers = 2' 'pm.min_spare_servers = 1' 'pm.max_spare_servers = 3' \
      > /usr/local/etc/php-fpm.d/www.conf; \
    printf '%s\n' '[global]' 'error_log = /proc/self/fd/2' 'log_limit = 8192' '' '[www]' \
      'access.log = /proc/self/fd/2' 'clear_env = no' 'catch_workers_output = yes' 'decorate_workers_output = no' \
      > /usr/local/etc/php-fpm.d/docker.conf; \
    printf '%s\n' '[global]' 'daemonize = no' '' '[www]' 'listen = 9000' > /usr/local/etc/php-fpm.d/zz-docker.conf; \
    printf '%s\n' 'fastcgi.logging = Off' > "$PHP_INI_DIR/conf.d/docker-fpm.ini"; \
    /tmp/php-helpers.sh php-fpm; rm /tmp/php-helpers.sh; \
    php-fpm -t
ENTRYPOINT ["docker-php-entrypoint"]
WORKDIR /var/www/html
STOPSIGNAL SIGQUIT
EXPOSE 9000
LABEL io.dockwright.standin="php:8.2-fpm (Debian bookworm php8.2-fpm laid out as the official image)"
CMD ["php-fpm"]
