package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Span;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Go: the binary built with {@code -trimpath -ldflags="-s -w"}, static ({@code CGO_ENABLED=0}) and alone on
 * distroless/static, or, when the program needs cgo, dynamically linked on a glibc runtime; with the files its
 * sources open at run time.
 */
public final class GoRecipe implements Recipe {
    public static final String FLAGS = "go-build-flags";
    private static final Set<String> GO_VALUES = Set.of("-o", "-ldflags", "-gcflags", "-tags", "-mod", "-p", "-asmflags",
            "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-modfile", "-overlay", "-pkgdir", "-toolexec", "-C");

    static boolean build(ShellCommand c) {
        return c.runs("go", "build", "install");
    }

    @Override
    public String stack() { return "Go"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(GoRecipe::build); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        StageFacts.Found build = f.findAll(GoRecipe::build).stream().reduce((a, b) -> b).orElseThrow();
        Optional<String> binary = binary(f, build.command());
        if (binary.isEmpty()) return Result.no("cannot tell where `go build` writes the binary (no -o, no go.mod module name)");
        GoSources.Facts sources = GoSources.scan(f.context, f.table().cgoModules());
        Optional<String> cgoSetting = cgoSetting(f, build.command());
        boolean cgo = cgoSetting.map("1"::equals).orElse(sources.cgo());
        Recipe.Builder plan = Plan.of(stack(), "").artifact(binary.get(), "the compiled program");
        runtimeFiles(f, sources, plan);
        buildFlags(f, plan);
        if (cgo) {
            String why = cgoSetting.isPresent() ? "the build sets CGO_ENABLED=1" : sources.cgoWhy();
            String runtime = mapping.runtime().contains("alpine") ? mapping.runtime()
                    : sources.cplusplus() ? "gcr.io/distroless/cc-debian12" : f.table().glibcRuntime();
            plan.runtimeBase(runtime, "the cgo binary needs the C library" + (sources.cplusplus() ? " and libstdc++" : "")).reason("the program needs cgo (" + why + "), so CGO_ENABLED is left as it is and the binary,"
                    + " linked against the C library, runs on " + runtime + "; the Go toolchain stays in the builder");
            plan.warn("The program uses cgo (" + why + "): it is linked against the C library, so the runtime is " + runtime
                    + " rather than a static image; libraries beyond libc must be installed there.");
        } else if (cgoSetting.isPresent()) {
            plan.reason("the build already sets CGO_ENABLED=0, so Go links a static binary and the runtime stage holds only the binary"
                    + " (distroless/static ships CA certificates and a passwd file)");
        } else {
            plan.builderPrelude("# Dockwright: a static binary runs without libc in the runtime stage" + nl + "ENV CGO_ENABLED=0" + nl)
                    .reason("with CGO_ENABLED=0 Go links a static binary that needs no libc, so the runtime stage holds only"
                            + " the binary (distroless/static ships CA certificates and a passwd file); no Go source imports \"C\"");
        }
        return Result.of(plan.build());
    }

    /** CGO_ENABLED as the build sets it (on the command, in ENV), if it does. */
    private static Optional<String> cgoSetting(StageFacts f, ShellCommand build) {
        return build.assignment("CGO_ENABLED").or(() -> f.env("CGO_ENABLED").filter(v -> !f.baseFacts.env("CGO_ENABLED").equals(Optional.of(v))));
    }

    private static void runtimeFiles(StageFacts f, GoSources.Facts sources, Recipe.Builder plan) {
        if (sources.runtimeFiles().isEmpty()) {
            plan.warn("Only the binary is copied; if the program reads files (templates, static assets) at run time, copy them too.");
            return;
        }
        String wd = f.finalWorkdir();
        for (String p : sources.runtimeFiles()) plan.artifact(Paths.resolve(wd, p), "opened by the program at run time (its Go sources name it)");
        plan.warn("The binary and " + String.join(", ", sources.runtimeFiles()) + " (opened by the Go sources with a relative path)"
                + " are copied; other files the program reads at run time must be copied too.");
    }

    /** {@code -trimpath -ldflags="-s -w"} on every go build/install that sets no -ldflags (nor GOFLAGS with them). */
    private static void buildFlags(StageFacts f, Recipe.Builder plan) {
        if (f.env("GOFLAGS").filter(v -> v.contains("-ldflags")).isPresent()) return;
        List<LineRange> lines = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (StageFacts.Found b : f.findAll(GoRecipe::build)) {
            ShellCommand c = b.command();
            Optional<Span> verb = c.argSpan(c.args().indexOf(c.verb()));
            if (verb.isEmpty()) continue;
            boolean trim = c.hasFlag("-trimpath");
            boolean ld = c.hasFlag("-ldflags");
            if (trim && ld) continue;
            String add = (trim ? "" : " -trimpath") + (ld ? "" : " -ldflags=\"-s -w\"");
            if (ld) kept.add(c.text());
            if (f.options.accepts(FLAGS)) plan.insert(verb.get().end(), add);
            lines.add(f.source.lines(b.run()));
        }
        if (lines.isEmpty()) return;
        plan.note(new Change(FLAGS, ChangeKind.LAYER_SIZE, "Go binary built with -trimpath -ldflags=\"-s -w\"",
                "-s -w leave the symbol table and DWARF debug information out of the binary and -trimpath the build machine's"
                        + " paths; the program runs the same (stack traces keep function names and lines)"
                        + (kept.isEmpty() ? "." : ". The file's own -ldflags are kept (" + String.join("; ", kept) + "): only -trimpath is added."),
                lines, "A binary about a quarter smaller, and reproducible across build machines."));
    }

    private static Optional<String> binary(StageFacts f, ShellCommand build) {
        String wd = build.cwd().equals(Paths.UNKNOWN) ? f.workdirAt(f.runs().get(0)) : build.cwd();
        Optional<String> out = build.flagValue("-o");
        if (out.isPresent() && build.verb().equals("build")) {
            String o = out.get();
            return o.endsWith("/") ? packageBinaryName(f, build).map(n -> Paths.resolve(wd, o + n)) : Optional.of(Paths.resolve(wd, o));
        }
        Optional<String> name = packageBinaryName(f, build);
        if (build.verb().equals("install")) {
            String gopath = f.env("GOBIN").or(() -> f.env("GOPATH").map(g -> g.split(":")[0] + "/bin")).orElse("/go/bin");
            return name.map(n -> gopath + "/" + n);
        }
        return name.map(n -> Paths.resolve(wd, n));
    }

    /** The name go gives the binary: the last element of the package path (a /vN suffix skipped), or the module's. */
    private static Optional<String> packageBinaryName(StageFacts f, ShellCommand build) {
        List<String> pkgs = build.operands(GO_VALUES).stream().filter(p -> !p.endsWith(".go")).toList();
        if (!pkgs.isEmpty() && !pkgs.get(0).equals(".") && !pkgs.get(0).contains("...")) {
            String p = pkgs.get(0).replaceAll("@.*$", "").replaceAll("/+$", "");
            String[] parts = p.split("/");
            String last = parts[parts.length - 1];
            if (last.matches("v\\d+") && parts.length > 1) last = parts[parts.length - 2];
            if (!last.isEmpty() && !last.equals(".")) return Optional.of(last);
        }
        return f.context.goBinaryName().or(f::entryName);
    }
}
