# Stand-in for php:8.2-cli / php:8.2 (docker-library/php 8.2/bookworm/cli/Dockerfile: ENTRYPOINT
# docker-php-entrypoint, CMD ["php", "-a"]): the common php:8.2 stand-in (php-base.Dockerfile).
FROM dockwright/php-base:8.2
ENTRYPOINT ["docker-php-entrypoint"]
LABEL io.dockwright.standin="php:8.2-cli (Debian bookworm php8.2-cli laid out as the official image)"
CMD ["php", "-a"]
