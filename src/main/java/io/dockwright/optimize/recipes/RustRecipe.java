package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.Optional;

/** Rust: the cargo-built binary copied into a slim image of the builder's distribution. */
public final class RustRecipe implements Recipe {

    static boolean build(ShellCommand c) {
        return c.runs("cargo", "build", "install");
    }

    @Override
    public String stack() { return "Rust"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(RustRecipe::build); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        StageFacts.Found build = f.find(RustRecipe::build).orElseThrow();
        ShellCommand c = build.command();
        Optional<String> name = f.context.cargoBinaryName().or(f::entryName);
        if (name.isEmpty()) return Result.no("cannot tell the name of the binary cargo builds (no Cargo.toml, no CMD)");
        String path;
        if (c.verb().equals("install")) {
            String root = c.flagValue("--root").or(() -> f.env("CARGO_INSTALL_ROOT")).or(() -> f.env("CARGO_HOME")).orElse("/usr/local/cargo");
            path = StageFacts.resolve(c.cwd(), root) + "/bin/" + name.get();
        } else {
            String profile = c.flagValue("--profile").orElse(c.hasFlag("--release", "-r") ? "release" : "debug");
            String target = c.flagValue("--target-dir").or(() -> f.env("CARGO_TARGET_DIR")).orElse("target");
            path = StageFacts.resolve(c.cwd(), target + "/" + (profile.equals("dev") ? "debug" : profile) + "/" + name.get());
        }
        Recipe.Builder plan = Plan.of(stack(), "cargo and the Rust toolchain stay in the builder; the release binary runs on a slim image")
                .artifact(path, "the compiled program")
                .warn("Only the binary is copied; if it needs other files or shared libraries at run time, add them.");
        f.entryExecutablePath().filter(p -> !p.equals(path)).ifPresent(p -> plan.artifact(p, "the program the CMD runs"));
        return Result.of(plan.build());
    }
}
