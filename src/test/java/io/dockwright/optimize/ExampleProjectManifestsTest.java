package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.optimize.examples.ExampleCheck;
import io.dockwright.optimize.examples.ExampleProject;
import io.dockwright.optimize.examples.ExampleProjects;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example projects' manifests without an engine: each names a Dockerfile that parses, shapes from the
 * catalogue, the base images its FROM lines (and COPY --from images) resolve to with its build args, and a check;
 * together they cover every shape that #14 and #15 ask for.
 */
class ExampleProjectManifestsTest {
    private final List<ExampleProject> projects = ExampleProjects.all();
    private final Map<String, ExampleProjects.Shape> shapes = ExampleProjects.shapes();

    @Test
    void thereAreAtLeastThirtySingleStageProjectsBesideTheOthers() throws Exception {
        long singleStage = 0;
        for (ExampleProject p : projects) {
            if (graph(p).stages().size() == 1) singleStage++;
        }
        assertTrue(singleStage >= 30, singleStage + " single-stage projects of " + projects.size());
    }

    @Test
    void everyManifestIsCompleteAndMatchesItsDockerfile() throws Exception {
        for (ExampleProject p : projects) {
            assertTrue(Files.isRegularFile(p.dockerfile()), p.name() + ": no " + p.dockerfileName());
            Dockerfile parsed = DockerfileParser.parse(Files.readAllBytes(p.dockerfile()));
            assertFalse(parsed.hasErrors(), () -> p.name() + ": " + parsed.diagnostics());
            assertFalse(p.summary().isBlank(), p.name() + ": summary");
            assertFalse(p.stack().isBlank(), p.name() + ": stack");
            assertFalse(p.shapes().isEmpty(), p.name() + ": shapes");
            for (String tag : p.shapes()) assertTrue(shapes.containsKey(tag), p.name() + ": unknown shape " + tag);
            StageGraph graph = graph(p);
            assertFalse(graph.hasErrors(), () -> p.name() + ": " + graph.diagnostics());
            Set<String> images = graph.externalImages().stream().filter(i -> !i.equals("scratch"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(images, new TreeSet<>(p.bases()), p.name() + ": bases in the manifest vs the Dockerfile's images");
        }
    }

    @Test
    void serversUseTheirOwnPorts() {
        Map<Integer, String> ports = new HashMap<>();
        for (ExampleProject p : projects) {
            if (p.check() instanceof ExampleCheck.Http http) {
                String other = ports.put(http.port(), p.name());
                assertEquals(null, other, "port " + http.port() + " of " + p.name() + " is also " + other + "'s");
                assertTrue(p.shapes().contains("http-server"), p.name() + " is tagged http-server");
            }
        }
    }

    @Test
    void everyRequiredShapeIsCoveredByABuildableProject() {
        Set<String> covered = projects.stream().filter(p -> p.missingBases() == null)
                .flatMap(p -> p.shapes().stream()).collect(Collectors.toSet());
        List<String> missing = shapes.values().stream().filter(ExampleProjects.Shape::required)
                .filter(s -> !s.staticOnly()).map(ExampleProjects.Shape::tag).filter(t -> !covered.contains(t)).toList();
        assertEquals(List.of(), missing, "required shapes no buildable example covers");
    }

    @Test
    void staticOnlyShapesAreCoveredByAProjectThatNamesItsMissingBases() {
        Set<String> covered = projects.stream().filter(p -> p.missingBases() != null && !p.missingBases().isBlank())
                .flatMap(p -> p.shapes().stream()).collect(Collectors.toSet());
        List<String> missing = shapes.values().stream().filter(ExampleProjects.Shape::staticOnly)
                .map(ExampleProjects.Shape::tag).filter(t -> !covered.contains(t)).toList();
        assertEquals(List.of(), missing, "static-only shapes no project covers");
    }

    private static StageGraph graph(ExampleProject p) {
        return StageGraphBuilder.build(DockerfileParser.parse(p.dockerfileText()), new GraphOptions(p.target(), p.buildArgs()));
    }
}
