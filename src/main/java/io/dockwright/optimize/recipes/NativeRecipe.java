package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.FileWrite;
import io.dockwright.optimize.commands.FileWrites;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.Optional;

/** C/C++ with make, cmake or a compiler call: the program the CMD runs is copied into a slim Debian image. */
public final class NativeRecipe implements Recipe {

    static boolean build(ShellCommand c) {
        return c.is("make", "cmake", "ninja", "meson", "gcc", "g++", "cc", "c++", "clang", "clang++")
                || c.tool().matches("(gcc|g\\+\\+|clang|clang\\+\\+)-\\d+");
    }

    private static boolean installs(ShellCommand c) {
        return c.is("make") && c.args().contains("install") || c.is("cmake") && c.hasFlag("--install")
                || c.is("ninja") && c.args().contains("install") || c.is("meson") && c.verb().equals("install");
    }

    /** Where the build puts the program the CMD names: a compiler's {@code -o}, or a cp/install/ln to that name. */
    private static Optional<String> written(StageFacts f) {
        Optional<String> name = f.entryName();
        if (name.isEmpty()) return Optional.empty();
        for (StageFacts.Found c : f.commands()) {
            Optional<String> out = build(c.command()) ? c.command().flagValue("-o") : Optional.empty();
            if (out.isPresent() && Paths.name(out.get()).equals(name.get()) && !out.get().contains("$")) {
                return Optional.of(Paths.resolve(c.command().cwd(), out.get()));
            }
            for (FileWrite w : FileWrites.of(c.command())) if (Paths.name(w.path()).equals(name.get())) return Optional.of(w.path());
        }
        return Optional.empty();
    }

    @Override
    public String stack() { return "C/C++"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(NativeRecipe::build); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        if (mapping.noRuntime()) return Result.no(mapping.none());
        boolean installs = f.any(NativeRecipe::installs);
        Optional<String> path = f.entryExecutablePath().or(() -> written(f))
                .or(() -> installs ? f.entryName().map(n -> "/usr/local/bin/" + n) : Optional.empty());
        if (path.isEmpty()) {
            return Result.no("cannot tell which file the CMD runs (give it as a path such as ./app, or install it with make install)");
        }
        return Result.of(Plan.of(stack(), "the compilers and build tools stay in the builder; the runtime stage gets the program alone"
                        + " on a slim Debian image")
                .artifact(path.get(), "the compiled program")
                .warn("Only " + path.get() + " is copied; shared libraries beyond libc and libstdc++ must be installed in the runtime stage.")
                .build());
    }
}
