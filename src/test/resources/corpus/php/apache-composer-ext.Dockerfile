FROM php:8.2-apache
RUN apt-get update && apt-get install -y libzip-dev libicu-dev unzip \
    && docker-php-ext-install zip intl pdo_mysql
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www/html
COPY . .
RUN composer install --no-interaction
RUN a2enmod rewrite
