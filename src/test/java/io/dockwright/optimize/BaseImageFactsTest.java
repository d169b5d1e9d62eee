package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.facts.BaseImageFacts;
import io.dockwright.optimize.facts.ImageFacts;
import io.dockwright.optimize.facts.StaticBaseImageFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What base images set, from the static table (values from the official images' Dockerfiles), and how it plugs in. */
class BaseImageFactsTest {
    private final StaticBaseImageFacts facts = StaticBaseImageFacts.bundled();

    @Test
    void officialImagesWorkingDirectoriesUsersAndEnv() {
        assertEquals("/go", facts.of("golang:1.22-bookworm").orElseThrow().workingDir()); // golang: WORKDIR $GOPATH
        assertEquals(Optional.of("/go"), facts.of("golang:1.22").orElseThrow().env("GOPATH"));
        assertEquals("/home/gradle", facts.of("gradle:8.5-jdk17").orElseThrow().workingDir()); // docker-gradle: WORKDIR /home/gradle
        assertEquals(Optional.of("/usr/local/bundle"), facts.of("ruby:3.3").orElseThrow().env("GEM_HOME"));
        assertEquals("/var/www/html", facts.of("php:8.2-apache").orElseThrow().workingDir());
        assertEquals("65532", facts.of("gcr.io/distroless/static-debian12:nonroot").orElseThrow().user());
        assertEquals("/", facts.of("gcr.io/distroless/static-debian12").orElseThrow().effectiveWorkingDir());
        assertEquals("/", facts.of("python:3.11").orElseThrow().effectiveWorkingDir(), "python sets no WorkingDir");
        assertEquals(List.of("docker-entrypoint.sh"), facts.of("docker.io/library/node:20").orElseThrow().entrypoint());
        assertTrue(facts.of("mycorp/base:1").isEmpty());
    }

    @Test
    void anotherSourceOfFactsComesFirst() {
        BaseImageFacts engine = image -> image.equals("golang:1.19")
                ? Optional.of(new ImageFacts("/work", "", Map.of(), List.of(), List.of("bash"), "engine inspect")) : Optional.empty();
        BaseImageFacts both = engine.or(facts);
        assertEquals("/work", both.of("golang:1.19").orElseThrow().workingDir());
        assertEquals("/go", both.of("golang:1.22").orElseThrow().workingDir());
        String text = "FROM golang:1.19\nCOPY . .\nRUN go build -o app .\nCMD [\"./app\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults().withBaseImages(both)).wellFormed()
                .split("gcr.io/distroless/static-debian12").copies("/work/app");
        assertEquals(List.of("WORKDIR /work"), o.runtimeText(Keyword.WORKDIR), "the engine's answer decides");
    }
}
