FROM php:8.2-fpm
RUN apt-get update && apt-get install -y libicu-dev git unzip && docker-php-ext-install intl opcache
COPY --from=composer:2 /usr/bin/composer /usr/local/bin/composer
WORKDIR /srv/app
COPY . .
RUN composer install
CMD ["php", "-S", "0.0.0.0:8000", "-t", "public"]
