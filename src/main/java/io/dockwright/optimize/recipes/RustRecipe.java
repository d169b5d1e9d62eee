package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rust: the cargo-built binary copied into a slim Debian image. */
public final class RustRecipe implements Recipe {
    private static final String BUILD = "\\bcargo\\s+(build|install)\\b";

    @Override
    public String stack() { return "Rust"; }

    @Override
    public boolean detects(StageFacts f) { return f.run(BUILD).isPresent(); }

    @Override
    public Result plan(StageFacts f, String nl) {
        Instruction build = f.run(BUILD).orElseThrow();
        String cmd = Source.command(build);
        Optional<String> name = f.context.cargoBinaryName().or(f::entryName);
        if (name.isEmpty()) return Result.no("cannot tell the name of the binary cargo builds (no Cargo.toml, no CMD)");
        String path;
        if (cmd.matches("(?s).*\\bcargo\\s+install\\b.*")) {
            path = "/usr/local/cargo/bin/" + name.get();
        } else {
            String profile = cmd.contains("--release") || cmd.contains("-r ") ? "release" : "debug";
            path = StageFacts.resolve(f.workdirAt(build), "target/" + profile + "/" + name.get());
        }
        Optional<String> entryPath = f.entryExecutablePath();
        List<Artifact> artifacts = new ArrayList<>(List.of(new Artifact(path, "the compiled program")));
        entryPath.filter(p -> !p.equals(path)).ifPresent(p -> artifacts.add(new Artifact(p, "the program the CMD runs")));
        List<String> warnings = List.of("Only the binary is copied; if it needs other files or shared libraries at run time, add them.");
        String reason = "cargo and the Rust toolchain stay in the builder; the release binary runs on a slim Debian image";
        return Result.of(new Plan(stack(), "", "", "", artifacts, null, reason, warnings));
    }
}
