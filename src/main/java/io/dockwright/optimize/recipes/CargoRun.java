package io.dockwright.optimize.recipes;

import io.dockwright.optimize.commands.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code cargo run} entry command read into what it builds and runs: the profile ({@code --release},
 * {@code --profile P}), the binary ({@code --bin B}), the flags the build needs again ({@code --locked},
 * {@code --offline}, {@code --frozen}, {@code --features F}) and the program's arguments (after {@code --}).
 *
 * @param unsupported why the command cannot be turned into the built program ({@code --example}, {@code -p} in a
 *                    workspace, {@code --target-dir}...), or null
 */
record CargoRun(String text, String profile, Optional<String> bin, String buildFlags, List<String> programArgs, String unsupported) {

    static Optional<CargoRun> of(List<String> entry) {
        if (entry.size() < 2 || !Paths.name(entry.get(0)).equals("cargo") || !entry.get(1).equals("run")) return Optional.empty();
        String profile = "debug";
        String bin = null;
        String unsupported = null;
        StringBuilder flags = new StringBuilder();
        List<String> args = new ArrayList<>();
        List<String> w = entry.subList(2, entry.size());
        for (int i = 0; i < w.size(); i++) {
            String a = w.get(i);
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            if (a.equals("--")) {
                args.addAll(w.subList(i + 1, w.size()));
                break;
            }
            switch (a) {
                case "--release", "-r" -> { profile = "release"; flags.append(" --release"); }
                case "--profile" -> { profile = next.equals("dev") ? "debug" : next; flags.append(" --profile ").append(next); i++; }
                case "--bin" -> { bin = next; flags.append(" --bin ").append(next); i++; }
                case "--locked", "--offline", "--frozen", "--all-features", "--no-default-features", "-q", "--quiet" -> flags.append(' ').append(a);
                case "--features", "-F" -> { flags.append(' ').append(a).append(' ').append(next); i++; }
                default -> {
                    if (a.startsWith("--profile=")) {
                        String p = a.substring("--profile=".length());
                        profile = p.equals("dev") ? "debug" : p;
                        flags.append(' ').append(a);
                    } else if (a.startsWith("--bin=")) {
                        bin = a.substring("--bin=".length());
                        flags.append(' ').append(a);
                    } else if (a.startsWith("--features=")) {
                        flags.append(' ').append(a);
                    } else if (unsupported == null) {
                        unsupported = "the CMD runs `" + String.join(" ", entry) + "`, a development-mode command whose option " + a
                                + " the Rust recipe does not turn into the built program (it handles --release, --profile, --bin, --features,"
                                + " --locked/--offline and arguments after --)";
                    }
                }
            }
        }
        return Optional.of(new CargoRun(String.join(" ", entry), profile, Optional.ofNullable(bin), flags.toString(), List.copyOf(args), unsupported));
    }
}
