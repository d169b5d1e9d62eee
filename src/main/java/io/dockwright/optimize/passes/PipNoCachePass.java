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
import io.dockwright.dockerfile.Span;
import io.dockwright.optimize.commands.RunScript;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.recipes.PythonRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds {@code --no-cache-dir} to {@code pip install} so pip's download cache does not end up in a layer. */
final class PipNoCachePass implements Pass {
    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        TextEdits edits = new TextEdits();
        List<LineRange> lines = new ArrayList<>();
        for (Instruction i : src.df.instructions()) {
            if (i.keyword() != Keyword.RUN || i.json() || !i.heredocs().isEmpty() || i.args().isEmpty()) continue;
            String raw = src.text(i);
            if (raw.contains("--no-cache-dir") || raw.contains("PIP_NO_CACHE_DIR") || i.flag("mount").isPresent()) continue;
            boolean any = false;
            for (ShellCommand c : RunScript.of(src.lint(), i, "/").commands()) {
                if (!PythonRecipe.pipInstall(c)) continue;
                Optional<Span> verb = c.argSpan(c.args().indexOf("install"));
                if (verb.isEmpty()) continue;
                edits.insert(verb.get().end(), " --no-cache-dir");
                any = true;
            }
            if (any) lines.add(src.lines(i));
        }
        if (lines.isEmpty() || envSaysNoCache(src)) return Optional.empty();
        Change c = new Change("pip-no-cache", ChangeKind.LAYER_SIZE, "pip install --no-cache-dir",
                "pip keeps downloaded wheels in ~/.cache/pip; inside an image layer that cache is never used again.",
                lines, "The layer loses pip's cache (often tens of MB).");
        return Optional.of(new Output(edits.apply(src.text), List.of(c), List.of(), List.of()));
    }

    private static boolean envSaysNoCache(Source src) {
        return src.df.instructions().stream().filter(i -> i.keyword() == Keyword.ENV)
                .anyMatch(i -> i.pairs().stream().anyMatch(p -> p.key().equals("PIP_NO_CACHE_DIR")));
    }
}
