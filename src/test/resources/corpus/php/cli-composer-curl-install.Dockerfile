FROM php:8.1-cli
RUN apt-get update && apt-get install -y git unzip libgmp-dev && docker-php-ext-install gmp
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
WORKDIR /usr/src/app
COPY composer.json composer.lock ./
RUN composer install --no-scripts
COPY . .
ENTRYPOINT ["php", "console"]
