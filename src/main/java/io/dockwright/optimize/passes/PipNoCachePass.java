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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adds {@code --no-cache-dir} to {@code pip install} so pip's download cache does not end up in a layer. */
final class PipNoCachePass implements Pass {
    static final Pattern PIP_INSTALL = Pattern.compile("(\\bpip[0-9.]*|-m\\s+pip)((?:\\s|\\\\\\r?\\n)+)install\\b");

    @Override
    public Optional<Output> apply(Source src, ProjectContext context, OptimizerOptions options) {
        TextEdits edits = new TextEdits();
        List<LineRange> lines = new ArrayList<>();
        for (Instruction i : src.df.instructions()) {
            if (i.keyword() != Keyword.RUN || i.json() || !i.heredocs().isEmpty() || i.args().isEmpty()) continue;
            String raw = src.text(i);
            if (raw.contains("--no-cache-dir") || raw.contains("PIP_NO_CACHE_DIR") || i.flag("mount").isPresent()) continue;
            Matcher m = PIP_INSTALL.matcher(raw);
            boolean any = false;
            while (m.find()) {
                edits.insert(i.span().start() + m.end(), " --no-cache-dir");
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
