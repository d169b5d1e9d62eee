package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped table follows each official family's tag scheme, as docker-library publishes it (the families'
 * generate-stackbrew-library output in official-images/library/* and the "Supported tags" lists in docker-library/docs):
 * python and ruby {@code VERSION-slim}, {@code VERSION-slim-SUITE}, {@code slim}, {@code slim-SUITE}; node
 * {@code VERSION-slim}, {@code VERSION-SUITE-slim}, {@code slim}; Temurin {@code N-jre}, {@code N-jre-OS}; debian
 * {@code SUITE-slim}, {@code stable-slim}. No tag the families do not publish (latest-slim, buster-slim...).
 */
class RuntimeTagsTest {
    private final RuntimeBaseTable table = RuntimeBaseTable.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "python:3.11-bookworm, python:3.11-slim-bookworm",
            "python:3.12.1-bullseye, python:3.12.1-slim-bullseye",
            "python:3, python:3-slim",
            "python:3.11, python:3.11-slim",
            "python:latest, python:slim",
            "python, python:slim",
            "python:bookworm, python:slim-bookworm",
            "python:buster, python:slim-buster",
            "python:3.15-rc-trixie, python:3.15-rc-slim-trixie",
            "node:lts, node:lts-slim",
            "node:20-bookworm, node:20-bookworm-slim",
            "node:20, node:20-slim",
            "node:iron, node:iron-slim",
            "node:latest, node:slim",
            "node:bookworm, node:bookworm-slim",
            "docker.io/library/node:18, node:18-slim",
            "golang:1.22-bookworm, gcr.io/distroless/static-debian12",
            "golang:1.22, gcr.io/distroless/static-debian12",
            "golang:1.22-alpine3.19, alpine:3.19",
            "golang:1.22-alpine, alpine:3",
            "gradle:8.5-jdk17-jammy, eclipse-temurin:17-jre-jammy",
            "gradle:8.5-jdk21, eclipse-temurin:21-jre",
            "gradle:jdk17-alpine, eclipse-temurin:17-jre-alpine",
            "maven:3.9-eclipse-temurin-21, eclipse-temurin:21-jre",
            "maven:3.9.6-eclipse-temurin-17-alpine, eclipse-temurin:17-jre-alpine",
            "maven:3.9-eclipse-temurin-11-focal, eclipse-temurin:11-jre-focal",
            "maven:3.8-openjdk-17, eclipse-temurin:17-jre",
            "maven:3.8.6-openjdk-18-slim, eclipse-temurin:18-jre",
            "maven:3.6-jdk-11, eclipse-temurin:11-jre",
            "maven:latest, eclipse-temurin:21-jre",
            "maven:3.9, eclipse-temurin:21-jre",
            "maven:3.9-amazoncorretto-17, amazoncorretto:17",
            "openjdk:17-jdk-slim, eclipse-temurin:17-jre",
            "openjdk:17, eclipse-temurin:17-jre",
            "openjdk:17.0.2-jdk-bullseye, eclipse-temurin:17-jre",
            "openjdk:8u342-jdk, eclipse-temurin:8-jre",
            "openjdk:11-jdk-alpine, eclipse-temurin:11-jre-alpine",
            "eclipse-temurin:17-jdk, eclipse-temurin:17-jre",
            "eclipse-temurin:17, eclipse-temurin:17-jre",
            "eclipse-temurin:21-jdk-jammy, eclipse-temurin:21-jre-jammy",
            "eclipse-temurin:21-jammy, eclipse-temurin:21-jre-jammy",
            "eclipse-temurin:17.0.9_9-jdk, eclipse-temurin:17.0.9_9-jre",
            "eclipse-temurin:21-alpine, eclipse-temurin:21-jre-alpine",
            "amazoncorretto:8-alpine3.15-jdk, amazoncorretto:8-alpine3.15-jre",
            "rust:1.75, debian:bookworm-slim",
            "rust:1.75-slim-bullseye, debian:bullseye-slim",
            "rust:1.75-alpine3.19, alpine:3.19",
            "gcc:13, debian:bookworm-slim",
            "buildpack-deps:jammy, ubuntu:jammy",
            "buildpack-deps:bookworm-scm, debian:bookworm-slim",
            "ruby:3.3, ruby:3.3-slim",
            "ruby:3.3-bookworm, ruby:3.3-slim-bookworm",
            "ruby:latest, ruby:slim",
            "debian:bookworm, debian:bookworm-slim",
            "debian:12, debian:12-slim",
            "debian:latest, debian:stable-slim",
            "debian:bookworm-backports, debian:bookworm-slim"})
    void runtimeTagsFollowTheFamilysScheme(String builder, String runtime) {
        RuntimeBaseTable.Mapping m = table.lookup(builder).orElseThrow(() -> new AssertionError("no rule for " + builder));
        assertEquals(runtime, m.runtime(), "rule " + m.rule());
        assertNotNull(m.why(), "the rule says why: " + m.rule());
    }

    @ParameterizedTest(name = "{0} has no runtime image")
    @CsvSource(delimiter = '|', value = {
            "amazoncorretto:17 | no JRE image",
            "amazoncorretto:21-al2023 | no JRE image",
            "gradle:8.10 | does not name its JDK",
            "gradle:latest | does not name its JDK",
            "gradle:8.10-jdk17-graal | GraalVM",
            "eclipse-temurin:latest | no JRE alias",
            "maven:3.9-sapmachine-21 | sapmachine",
            "python:3.12-windowsservercore | no slim variant",
            "debian:experimental | no slim variant"})
    void familiesWithoutARuntimeImageSayWhy(String builder, String because) {
        RuntimeBaseTable.Mapping m = table.lookup(builder).orElseThrow();
        assertTrue(m.noRuntime(), builder + " -> " + m.runtime());
        assertTrue(m.none().contains(because), m.none());
    }

    @Test
    void noInventedTags() {
        for (RuntimeBaseTable.Rule r : table.rules()) {
            String runtime = r.runtime() == null ? "" : r.runtime();
            assertFalse(runtime.contains("latest-slim"), r.display() + " -> " + runtime);
            assertFalse(runtime.matches("(python|ruby):(trixie|bookworm|bullseye|buster|stretch)-slim"), "python and ruby say slim-SUITE: " + runtime);
            assertFalse(runtime.matches("node:.*slim-(trixie|bookworm|bullseye|buster)"), "node says SUITE-slim: " + runtime);
            assertFalse(runtime.matches("eclipse-temurin:.*-(jammy|focal|noble|alpine)-jre"), "Temurin says N-jre-OS: " + runtime);
        }
    }

    @Test
    void slimAndAlpineImagesAreRuntimeImagesAlready() {
        for (String b : List.of("python:3.11-slim", "python:3.12-alpine", "node:20-slim", "node:20-alpine", "eclipse-temurin:17-jre",
                "ruby:3.3-slim", "debian:bookworm-slim", "gcr.io/distroless/static-debian12", "alpine:3.19", "openjdk:11-jre-slim")) {
            assertTrue(table.lookup(b).orElseThrow().alreadyRuntime(), b);
        }
    }
}
