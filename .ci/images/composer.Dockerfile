# Stand-in for composer:2 (composer/docker latest/Dockerfile: FROM php:8-alpine with 7zip bash coreutils git make
# mercurial openssh-client patch subversion tini unzip zip, the bz2 and zip extensions, $PHP_INI_DIR/php-cli.ini
# (date.timezone=UTC, memory_limit=-1), ENV COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_HOME=/tmp COMPOSER_VERSION, the
# composer phar at /usr/bin/composer, WORKDIR /app, ENTRYPOINT /docker-entrypoint.sh, CMD composer). Alpine and
# getcomposer.org are unreachable: this is the php:8.2 stand-in on Debian with Debian's Composer 2.5 packed into a
# phar (composer-phar.php), so COPY --from=composer:2 /usr/bin/composer works in other images. Packagist is
# unreachable too: examples use path repositories or no dependencies.
FROM dockwright/php-base:8.2 AS phar
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends composer >/dev/null \
 && rm -rf /var/lib/apt/lists/*
COPY composer-phar.php /tmp/
RUN mkdir -p /tmp/out && php -d phar.readonly=0 /tmp/composer-phar.php /tmp/out/composer.phar

FROM dockwright/php-base:8.2
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      p7zip-full bash coreutils git make mercurial openssh-client patch subversion tini unzip zip libzip4 >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && [ -e /sbin/tini ] || ln -s "$(command -v tini)" /sbin/tini
RUN docker-php-ext-install bz2 zip \
 && printf '# composer php cli ini settings\ndate.timezone=UTC\nmemory_limit=-1\n' > "$PHP_INI_DIR/php-cli.ini" \
 && ln -s "$PHP_INI_DIR/php-cli.ini" /etc/php/8.2/cli/php-cli.ini
ENV COMPOSER_ALLOW_SUPERUSER=1
ENV COMPOSER_HOME=/tmp
ENV COMPOSER_VERSION=2.5.5
COPY --from=phar /tmp/out/composer.phar /usr/bin/composer
RUN composer --version --no-interaction && find /tmp -type d -exec chmod 1777 {} +
COPY composer-entrypoint.sh /docker-entrypoint.sh
WORKDIR /app
ENTRYPOINT ["/docker-entrypoint.sh"]
LABEL io.dockwright.standin="composer:2 (Debian bookworm Composer 2.5 as a phar on the php:8.2 stand-in)"
CMD ["composer"]
