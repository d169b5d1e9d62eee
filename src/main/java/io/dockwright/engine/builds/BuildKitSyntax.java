package io.dockwright.engine.builds;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.dockerfile.Flag;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds syntax only BuildKit understands (the classic builder rejects or misreads it), from the parser's
 * tree: heredocs, RUN's {@code --mount/--network/--security}, COPY/ADD's {@code --link/--parents/--exclude}
 * and {@code --chmod} with a variable. Only real leading flags count, not words inside a command.
 */
public final class BuildKitSyntax {
    private static final Set<String> RUN_FLAGS = Set.of("mount", "network", "security");
    private static final Set<String> COPY_FLAGS = Set.of("link", "parents", "exclude");

    private BuildKitSyntax() {}

    /** Reasons, each naming the line ("line 4: RUN --mount"); empty when the classic builder can build it. */
    public static List<String> reasons(String text) {
        Dockerfile file = DockerfileParser.parse(text);
        List<String> reasons = new ArrayList<>();
        for (Instruction i : file.instructions()) {
            Instruction in = i.trigger() != null ? i.trigger() : i;
            Keyword k = in.keyword();
            int line = file.position(i.span().start()).line();
            String where = "line " + line + ": " + k;
            if ((k == Keyword.RUN || k == Keyword.COPY || k == Keyword.ADD) && !in.heredocs().isEmpty()) {
                reasons.add(where + " with a heredoc");
            }
            for (Flag f : in.flags()) {
                String name = f.name().toLowerCase(java.util.Locale.ROOT);
                if (k == Keyword.RUN && RUN_FLAGS.contains(name)) reasons.add(where + " --" + name);
                if ((k == Keyword.COPY || k == Keyword.ADD) && COPY_FLAGS.contains(name)) reasons.add(where + " --" + name);
                if ((k == Keyword.COPY || k == Keyword.ADD) && name.equals("chmod") && f.value() != null && f.value().contains("$")) {
                    reasons.add(where + " --chmod with a variable");
                }
            }
        }
        return reasons;
    }
}
