FROM php:8.2-fpm-alpine
RUN apk add --no-cache --virtual .build-deps $PHPIZE_DEPS libzip-dev \
    && pecl install redis && docker-php-ext-enable redis \
    && docker-php-ext-install zip \
    && apk del .build-deps && apk add --no-cache libzip
WORKDIR /var/www/html
COPY . .
