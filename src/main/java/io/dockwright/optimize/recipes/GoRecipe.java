package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go: a static binary (CGO_ENABLED=0) copied alone into a distroless/static (or scratch) image. */
public final class GoRecipe implements Recipe {
    private static final String BUILD = "\\bgo\\s+(build|install)\\b";
    private static final Pattern OUT = Pattern.compile("\\bgo\\s+build\\b[^&;|]*?\\s-o[= ]+(\\S+)");

    @Override
    public String stack() { return "Go"; }

    @Override
    public boolean detects(StageFacts f) { return f.run(BUILD).isPresent(); }

    @Override
    public Result plan(StageFacts f, String nl) {
        Instruction build = f.run(BUILD).orElseThrow();
        String cmd = Source.command(build);
        Optional<String> binary = binary(f, build, cmd);
        if (binary.isEmpty()) return Result.no("cannot tell where `go build` writes the binary (no -o, no go.mod module name)");
        List<String> warnings = new ArrayList<>();
        boolean cgo = cmd.contains("CGO_ENABLED=1") || f.of(io.dockwright.dockerfile.Keyword.ENV).stream()
                .anyMatch(e -> f.source.text(e).contains("CGO_ENABLED=1"));
        List<Artifact> artifacts = new ArrayList<>(List.of(new Artifact(binary.get(), "the compiled program")));
        warnings.add("Only the binary is copied; if the program reads files (templates, static assets) at run time, copy them too.");
        if (cgo) {
            warnings.add("The build enables cgo, so the binary links against glibc: the runtime is "
                    + "a Debian image instead of a static one.");
            return Result.of(new Plan(stack(), "", "", "", artifacts, "debian:bookworm-slim",
                    "the Go toolchain stays in the builder; the cgo binary runs on a slim Debian image", warnings));
        }
        String prelude = "# Dockwright: a static binary runs without libc in the runtime stage" + nl + "ENV CGO_ENABLED=0" + nl;
        String reason = "with CGO_ENABLED=0 Go links a static binary that needs no libc, so the runtime stage holds only"
                + " the binary (distroless/static ships CA certificates and a passwd file)";
        return Result.of(new Plan(stack(), prelude, "", "", artifacts, null, reason, warnings));
    }

    private static Optional<String> binary(StageFacts f, Instruction build, String cmd) {
        String wd = f.workdirAt(build);
        Matcher m = OUT.matcher(cmd);
        if (m.find()) {
            String out = m.group(1).replaceAll("^[\"']|[\"']$", "");
            return out.endsWith("/") ? f.entryName().map(n -> StageFacts.resolve(wd, out + n))
                    : Optional.of(StageFacts.resolve(wd, out));
        }
        Optional<String> name = f.context.goBinaryName().or(f::entryName);
        if (cmd.matches("(?s).*\\bgo\\s+install\\b.*")) return name.map(n -> "/go/bin/" + n);
        return name.map(n -> StageFacts.resolve(wd, n));
    }
}
