package io.dockwright.lint;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;
import java.util.List;

/** Lints text with the standard rules; renders findings as {@code ID@line:col[spanText]}. */
final class LintTestSupport {
    private LintTestSupport() {}

    static List<Diagnostic> lint(String text) {
        Dockerfile df = DockerfileParser.parse(text);
        return Linter.standard().lint(df, StageGraphBuilder.build(df, GraphOptions.DEFAULT));
    }

    static List<String> render(String text) {
        Dockerfile df = DockerfileParser.parse(text);
        return Linter.standard().lint(df, StageGraphBuilder.build(df, GraphOptions.DEFAULT)).stream()
                .map(d -> d.code() + "@" + df.position(d.span().start()) + "["
                        + text.substring(d.span().start(), d.span().end()) + "]")
                .toList();
    }

    static List<String> render(String text, String id) {
        return render(text).stream().filter(s -> s.startsWith(id + "@")).toList();
    }
}
