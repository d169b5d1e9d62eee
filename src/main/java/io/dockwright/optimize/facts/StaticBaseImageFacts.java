package io.dockwright.optimize.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.optimize.ImagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official images' configs as far as a rewrite depends on them, from {@code base-image-facts.json} beside this
 * class: ordered rules (glob {@code match} or {@code regex}), first match wins. Written from the images' Dockerfiles
 * (docker-library and the distroless sources); the engine's inspection of the real image is better when available.
 */
public final class StaticBaseImageFacts implements BaseImageFacts {
    private record Rule(ImagePattern pattern, ImageFacts facts) {}

    private final List<Rule> rules;

    private StaticBaseImageFacts(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The table shipped with Dockwright. */
    public static StaticBaseImageFacts bundled() {
        try (InputStream in = StaticBaseImageFacts.class.getResourceAsStream("base-image-facts.json")) {
            if (in == null) throw new IllegalStateException("base-image-facts.json missing from the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table in the bundled format; {@link IllegalArgumentException} when malformed. */
    public static StaticBaseImageFacts parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("base image facts are not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.path("images").isArray()) throw new IllegalArgumentException("base image facts need an \"images\" array");
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("images")) {
            ImagePattern pattern = ImagePattern.of(r);
            Map<String, String> env = new LinkedHashMap<>();
            r.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            rules.add(new Rule(pattern, new ImageFacts(r.path("workingDir").asText(""), r.path("user").asText(""), env,
                    strings(r.path("entrypoint")), strings(r.path("cmd")), "the static table of official images (rule '" + pattern + "')")));
        }
        return new StaticBaseImageFacts(rules);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public Optional<ImageFacts> of(String image) {
        if (image == null || image.isBlank()) return Optional.empty();
        String name = ImagePattern.normalise(image);
        return rules.stream().filter(r -> r.pattern().matcher(name).matches()).map(Rule::facts).findFirst();
    }
}
