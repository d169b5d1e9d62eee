FROM php:8.2-apache
COPY src/ /var/www/html/
EXPOSE 80
