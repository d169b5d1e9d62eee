package io.dockwright.optimize.recipes;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** C/C++ with make, cmake or a compiler call: the program the CMD runs is copied into a slim Debian image. */
public final class NativeRecipe implements Recipe {
    private static final String BUILD = "(^|[\\s;&|(])(make|cmake|ninja|gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+)(\\s|$)";

    @Override
    public String stack() { return "C/C++"; }

    @Override
    public boolean detects(StageFacts f) { return f.run(BUILD).isPresent(); }

    @Override
    public Result plan(StageFacts f, String nl) {
        boolean installs = f.run("\\b(make\\s+[^&;|]*\\binstall\\b|cmake\\s+--install\\b)").isPresent();
        Optional<String> path = f.entryExecutablePath()
                .or(() -> installs ? f.entryName().map(n -> "/usr/local/bin/" + n) : Optional.empty());
        if (path.isEmpty()) {
            return Result.no("cannot tell which file the CMD runs (give it as a path such as ./app, or install it with make install)");
        }
        List<String> warnings = new ArrayList<>();
        warnings.add("Only " + path.get() + " is copied; shared libraries beyond libc and libstdc++ must be installed in the runtime stage.");
        String reason = "the compilers and build tools stay in the builder; the runtime stage gets the program alone on a slim Debian image";
        return Result.of(new Plan(stack(), "", "", "", List.of(new Artifact(path.get(), "the compiled program")),
                null, reason, warnings));
    }
}
