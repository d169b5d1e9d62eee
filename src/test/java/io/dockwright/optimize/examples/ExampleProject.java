package io.dockwright.optimize.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example project under {@code src/test/resources/projects}: its folder (the build context), Dockerfile and
 * what its {@code dockwright-example.json} manifest says: the shapes it covers, the base images it needs, build
 * args, target stage and the check its image must pass. These are exactly the inputs an
 * {@code optimize --verify} run needs (build args, target, probe), so the optimizer's proof can reuse them.
 */
public record ExampleProject(String name, Path dir, String dockerfileName, String summary, String stack,
                             List<String> shapes, List<String> bases, Map<String, String> buildArgs, String target,
                             ExampleCheck check, String missingBases) {
    public static final String MANIFEST = "dockwright-example.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExampleProject load(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        String where = manifest.toString();
        try {
            JsonNode m = JSON.readTree(manifest.toFile());
            Map<String, String> args = new LinkedHashMap<>();
            m.path("buildArgs").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
            return new ExampleProject(dir.getFileName().toString(), dir, m.path("dockerfile").asText("Dockerfile"),
                    m.path("summary").asText(""), m.path("stack").asText(""), strings(m.path("shapes")),
                    strings(m.path("bases")), Map.copyOf(args), m.path("target").asText(null),
                    ExampleCheck.parse(m.get("check"), where), m.path("missingBases").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(where, e);
        }
    }

    public Path dockerfile() {
        return dir.resolve(dockerfileName);
    }

    public String dockerfileText() {
        try {
            return Files.readString(dockerfile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
