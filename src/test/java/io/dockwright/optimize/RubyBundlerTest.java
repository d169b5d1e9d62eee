package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ruby: BUNDLE_WITHOUT for development and test gems, and the libraries native gems link (#15). */
class RubyBundlerTest {
    private static final String GEMFILE = "source \"https://rubygems.org\"\ngem \"pg\"\ngem \"puma\"\n"
            + "group :development, :test do\n  gem \"rspec\"\n  gem \"rubocop\", require: false\nend\n"
            + "gem \"pry\", group: :development\n";
    private static final String TEXT = "FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n"
            + "CMD [\"bundle\", \"exec\", \"puma\"]\n";
    @TempDir
    Path dir;

    @Test
    void developmentAndTestGroupsAreLeftOutInBothStages() {
        Optimized o = Optimized.project(dir, TEXT, Map.of("Gemfile", GEMFILE, "Gemfile.lock", "", "config.ru", "run ->(e) { [200, {}, ['ok']] }\n"))
                .wellFormed().split("ruby:3.3-slim").copies("/opt/dockwright/runtime-packages", "/usr/local/bundle", "/app").idempotent();
        String out = o.result.text();
        assertTrue(out.contains("ENV BUNDLE_WITHOUT=development:test\nRUN bundle install\n"), out);
        assertEquals(2, out.split("ENV BUNDLE_WITHOUT=development:test", -1).length - 1, "builder and runtime\n" + out);
        assertTrue(o.change("bundle-without").reason().contains("rspec, rubocop, pry"), o.change("bundle-without").reason());
        assertTrue(o.hasChange("linked-libraries"));
        assertTrue(out.contains("xargs -r dpkg-query --search"), out);
    }

    @Test
    void groupsStayWhenTheAppNeedsThem() {
        OptimizationResult r = Optimized.project(dir, TEXT, Map.of("Gemfile", GEMFILE, "Gemfile.lock", "", "app.rb", "require 'pry'\n")).wellFormed().result;
        assertFalse(r.text().contains("BUNDLE_WITHOUT"), r.text());
        assertTrue(String.join(" ", r.warnings()).contains("the app requires pry (app.rb)"), r.warnings().toString());
        String dev = TEXT.replace("WORKDIR /app\n", "WORKDIR /app\nENV RACK_ENV=development\n");
        OptimizationResult d = Optimized.of(dev, dir, OptimizerOptions.defaults()).wellFormed().result;
        assertTrue(String.join(" ", d.warnings()).contains("RACK_ENV is development"), d.warnings().toString());
    }

    @Test
    void rejectingTheChangesKeepsTheGroupsAndTheLibraryScanOut() {
        Optimized.project(dir, TEXT, Map.of("Gemfile", GEMFILE, "Gemfile.lock", ""));
        Optimized o = Optimized.of(TEXT, dir, OptimizerOptions.defaults().withRejected(Set.of("bundle-without", "linked-libraries")))
                .wellFormed().split("ruby:3.3-slim");
        assertFalse(o.result.text().contains("BUNDLE_WITHOUT") || o.result.text().contains("dpkg-query"), o.result.text());
        assertTrue(String.join(" ", o.result.warnings()).contains("linked-libraries is rejected"), o.result.warnings().toString());
    }

    @Test
    void alpineRubyResolvesLibrariesThroughApk() {
        Optimized o = Optimized.project(dir, TEXT.replace("ruby:3.3", "ruby:3.3-alpine").replace("RUN bundle install",
                "RUN apk add --no-cache --virtual .build-deps build-base postgresql-dev && bundle install && apk del .build-deps"),
                Map.of("Gemfile", GEMFILE, "Gemfile.lock", "")).wellFormed().split("ruby:3.3-alpine");
        String out = o.result.text();
        assertTrue(out.contains("scanelf --needed") && out.contains("apk add --no-cache $(cat /opt/dockwright/runtime-packages)"), out);
    }
}
