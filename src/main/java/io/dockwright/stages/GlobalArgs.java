package io.dockwright.stages;

import io.dockwright.dockerfile.Diagnostic;
import io.dockwright.dockerfile.ExpansionException;
import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.KeyValue;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.ShellWords;
import io.dockwright.dockerfile.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The global scope {@code FROM} lines are expanded in, as BuildKit builds it: the predefined platform
 * args, then each {@code ARG} before the first {@code FROM} in order: a {@code --build-arg} value if one
 * is given, else its default expanded with the args before it; an ARG with neither stays unset.
 */
final class GlobalArgs {
    private GlobalArgs() {}

    static Map<String, String> resolve(List<Instruction> beforeFirstFrom, Map<String, String> buildArgs, char escape,
                                       List<Diagnostic> diagnostics) {
        Map<String, String> env = new LinkedHashMap<>(platformArgs());
        for (Instruction in : beforeFirstFrom) {
            if (in.keyword() != Keyword.ARG) continue;
            for (KeyValue kv : in.pairs()) {
                String value = buildArgs.get(kv.key());
                if (value == null && kv.value() != null) {
                    try {
                        value = ShellWords.expand(kv.value(), env::get, escape);
                    } catch (ExpansionException e) {
                        diagnostics.add(new Diagnostic(Severity.ERROR, "expansion",
                                "ARG " + kv.key() + ": " + e.getMessage(), kv.span()));
                    }
                }
                if (value != null) env.put(kv.key(), value);
            }
        }
        return env;
    }

    /** BUILDPLATFORM/TARGETPLATFORM and their parts for this machine (Linux builds of its architecture). */
    static Map<String, String> platformArgs() {
        String arch = switch (System.getProperty("os.arch", "amd64").toLowerCase(Locale.ROOT)) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            case "riscv64" -> "riscv64";
            default -> System.getProperty("os.arch");
        };
        Map<String, String> args = new LinkedHashMap<>();
        for (String prefix : List.of("BUILD", "TARGET")) {
            args.put(prefix + "PLATFORM", "linux/" + arch);
            args.put(prefix + "OS", "linux");
            args.put(prefix + "ARCH", arch);
            args.put(prefix + "VARIANT", "");
        }
        return args;
    }

    /** A span inside {@code word} at an expansion error's offset (continuations make it approximate). */
    static Span at(Span word, int offset) {
        return new Span(Math.min(word.start() + Math.max(offset, 0), word.end()), word.end());
    }
}
