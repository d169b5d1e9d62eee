ARG PHP_VERSION=8.2
FROM php:${PHP_VERSION}-apache
RUN docker-php-ext-install mysqli
COPY . /var/www/html/
