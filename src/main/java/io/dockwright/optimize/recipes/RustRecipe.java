package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rust: the cargo-built binary copied into a small image of the builder's distribution: distroless/cc (glibc and
 * libgcc, no shell) for Debian bookworm builders, moved to the slim Debian image when the runtime needs OS packages or a
 * shell. A dependency-cache layer goes before {@code COPY . .} ({@link CargoCacheLayer}), and a {@code cargo run} CMD
 * becomes the built program (built in the builder with the same profile when no RUN builds it).
 */
public final class RustRecipe implements Recipe {
    static final String CC_RUNTIME = "gcr.io/distroless/cc-debian12";

    static boolean build(ShellCommand c) {
        return c.runs("cargo", "build", "install");
    }

    @Override
    public String stack() { return "Rust"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(RustRecipe::build) || CargoRun.of(f.entryWords()).isPresent(); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        Optional<CargoRun> run = CargoRun.of(f.entryWords());
        if (run.isPresent() && run.get().unsupported() != null) return Result.no(run.get().unsupported());
        Optional<StageFacts.Found> build = f.find(RustRecipe::build);
        Optional<String> name = run.flatMap(CargoRun::bin).or(() -> build.flatMap(b -> b.command().flagValue("--bin")))
                .or(f.context::cargoBinaryName).or(() -> run.isPresent() ? Optional.empty() : f.entryName());
        if (name.isEmpty()) return Result.no("cannot tell the name of the binary cargo builds (no Cargo.toml, no --bin, no CMD)");
        Recipe.Builder plan = Plan.of(stack(), "cargo and the Rust toolchain stay in the builder; the compiled program runs on a small image");
        String path;
        if (run.isPresent()) {
            path = cargoRun(f, run.get(), build, name.get(), plan, nl);
        } else {
            path = builtBinary(f, build.get().command(), name.get());
            cacheLayer(f, build.get(), name.get(), path, plan, nl);
        }
        plan.artifact(path, "the compiled program")
                .warn("Only the binary and the context files the CMD names are copied; if it needs other files or shared"
                        + " libraries at run time, add them.");
        List<String> args = run.map(CargoRun::programArgs).orElseGet(() -> f.entryWords().stream().skip(1).toList());
        namedFiles(f, args).forEach(p -> plan.artifact(p, "a file of the context the CMD names"));
        f.entryExecutablePath().filter(p -> !p.equals(path)).ifPresent(p -> plan.artifact(p, "the program the CMD runs"));
        if ("debian:bookworm-slim".equals(mapping.runtime())) {
            plan.runtimeBase(CC_RUNTIME, "a Rust binary links only glibc and libgcc, which distroless/cc carries; a shell or OS packages"
                    + " move it to " + f.table().shellRuntime());
        }
        return Result.of(plan.build());
    }

    /**
     * The CMD's arguments that name files of the context (relative paths that exist there), where the stage's
     * {@code COPY . .} put them: the program reads them at run time.
     */
    private static List<String> namedFiles(StageFacts f, List<String> args) {
        if (f.entry().isEmpty()) return List.of();
        String wd = f.workdirAt(f.entry().get());
        boolean copiedHere = f.instructions.stream().anyMatch(i -> (i.keyword() == Keyword.COPY || i.keyword() == Keyword.ADD)
                && i.args().size() == 2 && i.flag("from").isEmpty() && List.of(".", "./").contains(i.args().get(0).value())
                && StageFacts.resolve(f.workdirAt(i), i.args().get(1).value()).equals(wd));
        if (!copiedHere) return List.of();
        return args.stream().filter(a -> !a.startsWith("-") && !a.startsWith("/") && !a.contains("$") && !a.contains("..")
                && f.context.exists(a)).map(a -> StageFacts.resolve(wd, a)).toList();
    }

    /** Where {@code cargo build}/{@code cargo install} writes the binary. */
    private static String builtBinary(StageFacts f, ShellCommand c, String name) {
        if (c.verb().equals("install")) {
            String root = c.flagValue("--root").or(() -> f.env("CARGO_INSTALL_ROOT")).or(() -> f.env("CARGO_HOME")).orElse("/usr/local/cargo");
            return StageFacts.resolve(c.cwd(), root) + "/bin/" + name;
        }
        return profileDir(f, c.cwd(), c.flagValue("--target-dir"), profile(c.flagValue("--profile"), c.hasFlag("--release", "-r"))) + "/" + name;
    }

    private static String profile(Optional<String> named, boolean release) {
        String p = named.orElse(release ? "release" : "debug");
        return p.equals("dev") || p.equals("test") ? "debug" : p.equals("bench") ? "release" : p;
    }

    private static String profileDir(StageFacts f, String cwd, Optional<String> targetDir, String profile) {
        String target = targetDir.or(() -> f.env("CARGO_TARGET_DIR")).orElse("target");
        return StageFacts.resolve(cwd, target + "/" + profile);
    }

    private static void cacheLayer(StageFacts f, StageFacts.Found build, String name, String binary, Recipe.Builder plan, String nl) {
        if (!f.options.accepts(CargoCacheLayer.ID)) return;
        String dir = binary.substring(0, binary.lastIndexOf('/'));
        CargoCacheLayer.Layer layer = CargoCacheLayer.of(f, build, name, dir, nl);
        if (layer.insert() == null) {
            if (build.command().verb().equals("build")) plan.warn("No dependency-cache layer for cargo: " + layer.reason() + ".");
            return;
        }
        plan.insert(layer.insert().offset(), layer.insert().text()).note(layer.change());
    }

    /** {@code cargo run}: the same profile's binary, built in the builder unless a RUN already builds it; the CMD runs it. */
    private static String cargoRun(StageFacts f, CargoRun run, Optional<StageFacts.Found> build, String name, Recipe.Builder plan, String nl) {
        String cwd = f.workdirAt(f.entry().orElseThrow());
        String path = profileDir(f, cwd, Optional.empty(), run.profile()) + "/" + name;
        boolean built = build.filter(b -> builtBinary(f, b.command(), name).equals(path)).isPresent();
        if (build.isPresent() && built) cacheLayer(f, build.get(), name, path, plan, nl);
        if (!built) {
            plan.builderAppend("# Dockwright: build the program `" + run.text() + "` compiled when the container started" + nl
                    + "RUN cargo build" + run.buildFlags() + nl);
        }
        List<String> words = new ArrayList<>(List.of(path));
        words.addAll(run.programArgs());
        String keyword = f.entry().get().keyword() == Keyword.ENTRYPOINT ? "ENTRYPOINT" : "CMD";
        plan.entry(keyword + " " + words.stream().map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]")) + nl);
        plan.reason("cargo and the Rust toolchain stay in the builder; `" + run.text() + "`, which compiled the program when the"
                + " container started, becomes the program itself (" + path + "), built in the builder with the same profile");
        if (run.profile().equals("debug")) plan.warn("`cargo run` builds the debug profile, so the runtime runs the debug build as the"
                + " original did; write `cargo run --release` in the CMD before optimizing for an optimised one.");
        return path;
    }
}
