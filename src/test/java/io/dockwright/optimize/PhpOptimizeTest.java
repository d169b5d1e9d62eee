package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PHP: extensions and composer in a builder, the same php image without their build packages as runtime (#15). */
class PhpOptimizeTest {
    private static final String APACHE = """
            FROM php:8.3-apache
            RUN apt-get update && apt-get install -y libpng-dev libjpeg62-turbo-dev libfreetype6-dev libzip-dev git unzip \\
                && docker-php-ext-configure gd --with-freetype --with-jpeg \\
                && docker-php-ext-install -j"$(nproc)" gd zip pdo_mysql \\
                && pecl install redis && docker-php-ext-enable redis \\
                && a2enmod rewrite headers
            COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
            COPY . .
            RUN composer install --no-interaction --prefer-dist
            RUN chown -R www-data:www-data /var/www/html
            """;
    @TempDir
    Path dir;

    @Test
    void apacheAppWithExtensionsAndComposerSplitsOntoTheSamePhpImage() {
        Optimized o = Optimized.project(dir, APACHE, Map.of("composer.json", "{}", "composer.lock", "{}")).wellFormed()
                .split("php:8.3-apache").copies("/opt/dockwright/runtime-packages", "/usr/local/lib/php/extensions", "/usr/local/etc",
                        "/var/www/html").idempotent();
        String out = o.result.text();
        assertTrue(out.contains("RUN composer install --no-dev --optimize-autoloader --no-interaction --prefer-dist\n"), out);
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertTrue(runs.get(0).contains("libpng16-16") && runs.get(0).contains("libzip4") && runs.get(0).contains("libfreetype6"), runs.get(0));
        assertFalse(runs.get(0).contains("-dev") || runs.get(0).contains("git"), runs.get(0));
        assertTrue(runs.contains("RUN a2enmod rewrite headers"), runs.toString());
        assertFalse(out.substring(out.lastIndexOf("FROM ")).contains("composer:2"), "composer stays in the builder\n" + out);
        assertTrue(o.change("runtime-base").title().contains("fresh php:8.3-apache"), o.change("runtime-base").title());
        assertTrue(o.hasChange("linked-libraries") && o.hasChange("composer-no-dev"));
    }

    @Test
    void composerFlagsAreRejectable() {
        Optimized.project(dir, APACHE, Map.of("composer.json", "{}"));
        Optimized o = Optimized.of(APACHE, dir, OptimizerOptions.defaults().withRejected(Set.of("composer-no-dev"))).wellFormed()
                .split("php:8.3-apache");
        assertTrue(o.result.text().contains("RUN composer install --no-interaction --prefer-dist\n"), o.result.text());
    }

    @Test
    void fpmAndAlpineImagesKeepTheirFamily() {
        String fpm = "FROM php:8.2-fpm-alpine\nRUN apk add --no-cache libzip && apk add --no-cache --virtual .build-deps $PHPIZE_DEPS libzip-dev \\\n"
                + "    && docker-php-ext-install zip && apk del .build-deps\nWORKDIR /var/www/html\nCOPY . .\nCMD [\"php-fpm\"]\n";
        Optimized o = Optimized.project(dir, fpm, Map.of()).wellFormed().split("php:8.2-fpm-alpine");
        assertTrue(o.runtimeText(Keyword.RUN).contains("RUN apk add --no-cache libzip"), o.runtimeText(Keyword.RUN).toString());
        assertTrue(o.result.text().contains("scanelf --needed"), o.result.text());
        assertEquals(List.of("CMD [\"php-fpm\"]"), o.runtimeText(Keyword.CMD));
    }

    @Test
    void plainPhpWithoutBuildStepsOrWorkdirIsDeclinedWithTheReason() {
        OptimizationResult plain = Optimized.project(dir, "FROM php:8.2-apache\nCOPY . /var/www/html/\n", Map.of()).wellFormed().result;
        assertFalse(plain.changed() && plain.changes().stream().anyMatch(c -> c.id().equals("multi-stage")), plain.text());
        assertTrue(String.valueOf(plain.unchangedReason()).contains("no build step of a known stack"), plain.unchangedReason());
        OptimizationResult cli = Optimized.project(dir, "FROM php:8.2-cli\nCOPY . /src\nRUN cd /src && composer install\nCMD [\"php\", \"/src/a.php\"]\n",
                Map.of()).wellFormed().result;
        assertTrue(String.valueOf(cli.unchangedReason()).contains("the PHP app has no WORKDIR"), cli.unchangedReason());
    }
}
