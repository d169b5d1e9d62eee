FROM composer:2
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev
COPY . .
CMD ["php", "artisan", "queue:work"]
