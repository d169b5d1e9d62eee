package io.dockwright.lint;

import static io.dockwright.dockerfile.Severity.ERROR;
import static io.dockwright.dockerfile.Severity.WARNING;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on the arguments of ADD, COPY and EXPOSE. */
final class ArgumentRules {
    private static final Pattern ARCHIVE = Pattern.compile(
            "(?i).*\\.(tar|tar\\.(gz|bz2|xz|zst|lz|lzma)|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|lz|lzma)");
    private static final Pattern PORTS = Pattern.compile("(\\d+)(?:-(\\d+))?(?:/\\w*)?");

    private ArgumentRules() {}

    static List<Rule> all() {
        return List.of(
                BasicRule.of("DL3020", ERROR, "ADD for local files", (ctx, out, self) ->
                        each(ctx, Keyword.ADD, (in, sources) -> {
                            if (!sources.isEmpty() && sources.stream().allMatch(ArgumentRules::plainLocal)) {
                                out.add(self, in.keywordSpan(), "Use COPY for local files and folders; ADD is for "
                                        + "URLs and archives to extract");
                            }
                        })),
                BasicRule.of("DL3021", ERROR, "COPY of several sources to a non-directory", (ctx, out, self) ->
                        each(ctx, Keyword.COPY, (in, sources) -> {
                            Word dest = in.args().get(in.args().size() - 1);
                            if (sources.size() > 1 && !dest.value().endsWith("/") && !dest.value().contains("$")) {
                                out.add(self, dest.span(), "COPY with several sources needs a destination that "
                                        + "ends with /");
                            }
                        })),
                BasicRule.of("ExposeProtoCasing", WARNING, "Uppercase EXPOSE protocol", (ctx, out, self) ->
                        eachPort(ctx, port -> {
                            int slash = port.value().indexOf('/');
                            String proto = slash < 0 ? "" : port.value().substring(slash + 1);
                            if (!proto.equals(proto.toLowerCase(Locale.ROOT))) {
                                out.add(self, port.span(), "Write the protocol in lowercase: "
                                        + port.value().toLowerCase(Locale.ROOT));
                            }
                        })),
                BasicRule.of("ExposeInvalidFormat", WARNING, "EXPOSE with an IP or port mapping",
                        (ctx, out, self) -> eachPort(ctx, port -> {
                            if (port.value().contains(":")) {
                                out.add(self, port.span(), "EXPOSE takes a container port only; an IP address or "
                                        + "host:container mapping belongs to docker run -p");
                            }
                        })),
                BasicRule.of("DL3011", ERROR, "EXPOSE port out of range", (ctx, out, self) ->
                        eachPort(ctx, port -> {
                            Matcher m = PORTS.matcher(port.value());
                            if (!m.matches()) return;
                            if (tooBig(m.group(1)) || m.group(2) != null && tooBig(m.group(2))) {
                                out.add(self, port.span(), "Port out of range: ports go from 0 to 65535");
                            }
                        })));
    }

    private static boolean tooBig(String digits) {
        return digits.length() > 5 || Integer.parseInt(digits) > 65535;
    }

    /** Calls {@code action} with each instruction of this keyword and its sources (all args but the last). */
    private static void each(LintContext ctx, Keyword keyword, BiConsumer<Instruction, List<Word>> action) {
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() != keyword || in.args().size() < 2 || !in.heredocs().isEmpty()) continue;
            action.accept(in, in.args().subList(0, in.args().size() - 1));
        }
    }

    private static void eachPort(LintContext ctx, java.util.function.Consumer<Word> action) {
        for (Instruction in : ctx.instructions()) {
            if (in.keyword() != Keyword.EXPOSE) continue;
            for (Word port : in.args()) {
                if (!port.value().contains("$")) action.accept(port);
            }
        }
    }

    /** A source ADD only copies: not a URL, git address, archive or something variable. */
    private static boolean plainLocal(Word source) {
        String v = source.value();
        return !v.contains("://") && !v.startsWith("git@") && !v.contains("$") && !ARCHIVE.matcher(v).matches();
    }
}
