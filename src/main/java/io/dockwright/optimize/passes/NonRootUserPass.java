package io.dockwright.optimize.passes;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.OptimizerOptions;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.ProjectContext;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.stages.Stage;
import java.util.List;
import java.util.Optional;

/** Offered by option: the final stage runs as a non-root user when it sets none. */
final class NonRootUserPass implements Pass {

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        if (!options.nonRootUser() || src.graph.target() < 0) return Optional.empty();
        Stage last = src.graph.stages().get(src.graph.target());
        List<Instruction> ins = src.instructions(last);
        if (ins.stream().anyMatch(i -> i.keyword() == Keyword.USER)) return Optional.empty();
        String base = last.base() == null ? "" : last.base();
        String nl = src.nl;
        String lines;
        if (base.startsWith("node")) lines = "USER node" + nl;
        else if (base.contains("distroless")) lines = "USER nonroot:nonroot" + nl;
        else if (base.equals("scratch")) lines = "USER 65532:65532" + nl;
        else if (base.contains("alpine")) lines = "RUN adduser -S -D -H -u 10001 app" + nl + "USER app" + nl;
        else lines = "RUN useradd --system --no-create-home --uid 10001 app" + nl + "USER app" + nl;
        Instruction at = ins.stream().filter(i -> i.keyword() == Keyword.CMD || i.keyword() == Keyword.ENTRYPOINT)
                .findFirst().orElse(null);
        int offset = at != null ? src.blockStart(at) : src.text.length();
        String prefix = at == null && !src.text.endsWith("\n") ? nl : "";
        String text = new TextEdits().insert(offset, prefix + "# Dockwright: do not run as root" + nl + lines).apply(src.text);
        Change c = new Change("non-root-user", ChangeKind.SECURITY, "Runs as a non-root user",
                "The final stage set no USER, so the container ran as root.", List.of(new LineRange(last.line(), last.endLine())),
                "A compromised process has no root rights in the container.");
        return Optional.of(new Output(text, List.of(c),
                List.of("The non-root user owns no files: if the app writes into its folder, give it that folder (COPY --chown)."), List.of()));
    }
}
