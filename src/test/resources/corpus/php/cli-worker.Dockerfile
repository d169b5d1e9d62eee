FROM php:8.2-cli
RUN docker-php-ext-install pcntl sockets
WORKDIR /app
COPY . .
CMD ["php", "bin/worker.php"]
