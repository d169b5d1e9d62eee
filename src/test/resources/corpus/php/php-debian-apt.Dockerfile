FROM debian:bookworm
RUN apt-get update && apt-get install -y php8.2-cli php8.2-sqlite3 composer
WORKDIR /app
COPY . .
RUN composer install --no-dev
CMD ["php", "bin/import.php"]
