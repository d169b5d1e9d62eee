package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.result.ImageConfig;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Compares the runtime settings of the two image configs: USER, WORKDIR, ENV, ENTRYPOINT/CMD, EXPOSE, VOLUME,
 * STOPSIGNAL, HEALTHCHECK. Differences fail, except what the rules below allow (shown as notes): ENV the original
 * only inherits unchanged from its base image, PATH entries the rewrite adds while keeping the original's in
 * order, ENV, ports and volumes the rewrite adds, a shell-form command turned into the same exec form.
 * Labels are metadata and not compared.
 */
final class ConfigCheck implements Check {
    static final String ID = "config";
    private static final String COMPARED = "USER, WORKDIR, ENV, ENTRYPOINT/CMD, EXPOSE, VOLUME, STOPSIGNAL, HEALTHCHECK";

    @Override
    public String id() { return ID; }

    @Override
    public String title() { return "Image config"; }

    @Override
    public CheckResult run(CheckContext ctx) {
        ImageConfig a = ctx.original();
        ImageConfig b = ctx.optimized();
        List<Finding> out = new ArrayList<>();
        if (ctx.request().originalBase() != null && ctx.originalBase() == null) {
            out.add(Finding.note("base image", ctx.request().originalBase(), "", "not on the engine, so every ENV of the "
                    + "original counts as its Dockerfile's"));
        }
        same(ctx, out, "USER", user(a.user()), user(b.user()));
        same(ctx, out, "WORKDIR", a.workingDir().isEmpty() ? "/" : a.workingDir(), b.workingDir().isEmpty() ? "/" : b.workingDir());
        out.addAll(new EnvComparison(ctx, ID).compare(a.env(), b.env(), ctx.originalBase()));
        command(ctx, out, a, b);
        members(ctx, out, "EXPOSE", a.exposedPorts(), b.exposedPorts());
        members(ctx, out, "VOLUME", a.volumes(), b.volumes());
        same(ctx, out, "STOPSIGNAL", signal(a.stopSignal()), signal(b.stopSignal()));
        same(ctx, out, "HEALTHCHECK", a.healthcheck().isEmpty() ? "(none)" : a.healthcheck(),
                b.healthcheck().isEmpty() ? "(none)" : b.healthcheck());
        String ran = "read both image configs from the engine (GET /images/{id}/json)"
                + (ctx.originalBase() == null ? "" : ", the original's base image " + ctx.request().originalBase())
                + (ctx.optimizedBase() == null ? "" : ", the rewrite's base image " + ctx.request().optimizedBase());
        List<String> differ = out.stream().filter(Finding::fails).map(Finding::subject).distinct().toList();
        long notes = out.stream().filter(f -> !f.fails()).count();
        String summary = differ.isEmpty()
                ? "the same " + COMPARED + (notes == 0 ? "" : " (" + notes + " allowed or intended differences listed)")
                : String.join(", ", differ) + (differ.size() == 1 ? " differs" : " differ");
        return CheckResult.compared(ID, title(), summary, ran, COMPARED, 0, out);
    }

    private static void same(CheckContext ctx, List<Finding> out, String subject, String a, String b) {
        if (!a.equals(b)) out.add(ctx.difference(ID, subject, a, b));
    }

    /** The account a USER runs as, with root spelled one way. */
    static String user(String u) {
        String s = u.strip();
        if (s.isEmpty() || s.equals("0") || s.equals("root") || s.equals("0:0") || s.equals("root:root")) return "root";
        return s;
    }

    static String signal(String s) {
        String v = s.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("15")) return "SIGTERM";
        if (v.equals("9")) return "SIGKILL";
        if (v.equals("2")) return "SIGINT";
        if (v.equals("3")) return "SIGQUIT";
        return v.startsWith("SIG") || v.chars().allMatch(Character::isDigit) ? v : "SIG" + v;
    }

    private static void command(CheckContext ctx, List<Finding> out, ImageConfig a, ImageConfig b) {
        String sa = show(a);
        String sb = show(b);
        if (a.command().equals(b.command())) {
            if (!a.entrypoint().equals(b.entrypoint())) {
                out.add(Finding.note("ENTRYPOINT/CMD", sa, sb, "the same command, split differently: arguments given to "
                        + "`docker run IMAGE ARGS` replace a different part"));
            }
            return;
        }
        if (execFormOf(a.command(), b.command())) {
            out.add(Finding.note("ENTRYPOINT/CMD", sa, sb, "the shell form became the same exec form: the program runs as "
                    + "PID 1 and receives the stop signal itself"));
            return;
        }
        List<String> ra = withoutInheritedEntrypoint(a, ctx.originalBase());
        List<String> rb = withoutInheritedEntrypoint(b, ctx.optimizedBase());
        boolean wrapped = !ra.equals(a.command()) || !rb.equals(b.command());
        if (wrapped && (ra.equals(rb) || execFormOf(ra, rb))) {
            out.add(Finding.note("ENTRYPOINT/CMD", sa, sb, "the same command behind the ENTRYPOINT its base image brings; "
                    + "the default command check shows whether it runs the same"));
            return;
        }
        out.add(ctx.difference(ID, "ENTRYPOINT/CMD", sa, sb));
    }

    /** The CMD alone when the ENTRYPOINT is the base image's own (a wrapper the Dockerfile did not choose), else the whole command. */
    static List<String> withoutInheritedEntrypoint(ImageConfig c, ImageConfig base) {
        boolean inherited = base != null && !c.entrypoint().isEmpty() && c.entrypoint().equals(base.entrypoint());
        return inherited ? c.cmd() : c.command();
    }

    /** {@code /bin/sh -c "a b c"} against {@code [a, b, c]}, when the shell text has nothing a shell would interpret. */
    static boolean execFormOf(List<String> shell, List<String> exec) {
        if (shell.size() != 3 || !shell.get(0).equals("/bin/sh") || !shell.get(1).equals("-c")) return false;
        String text = shell.get(2).strip();
        if (text.matches(".*[\\\\$&|;<>(){}*?\\[\\]'\"`~#=].*")) return false;
        return Arrays.asList(text.split("\\s+")).equals(exec);
    }

    private static String show(ImageConfig c) {
        String ep = c.entrypoint().isEmpty() ? "" : "ENTRYPOINT " + json(c.entrypoint());
        String cmd = c.cmd().isEmpty() ? "" : "CMD " + json(c.cmd());
        String both = (ep + " " + cmd).strip();
        return both.isEmpty() ? "(none)" : both;
    }

    static String json(List<String> words) {
        return words.stream().map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void members(CheckContext ctx, List<Finding> out, String what, List<String> a, List<String> b) {
        for (String x : a) {
            if (!b.contains(x)) out.add(ctx.difference(ID, what + " " + x, "yes", "no"));
        }
        for (String x : b) {
            if (!a.contains(x)) out.add(Finding.note(what + " " + x, "no", "yes", "added by the rewrite"));
        }
    }

    /** ENV of the two configs (see the class comment). */
    static final class EnvComparison {
        private final CheckContext ctx;
        private final String checkId;

        EnvComparison(CheckContext ctx, String checkId) {
            this.ctx = ctx;
            this.checkId = checkId;
        }

        List<Finding> compare(Map<String, String> a, Map<String, String> b, ImageConfig base) {
            List<Finding> out = new ArrayList<>();
            for (Map.Entry<String, String> e : a.entrySet()) {
                String name = e.getKey();
                String va = e.getValue();
                String vb = b.get(name);
                boolean inherited = base != null && va.equals(base.env().get(name));
                if (name.equals("PATH")) {
                    path(out, va, vb == null ? ImageConfig.DEFAULT_PATH : vb, inherited);
                } else if (!Objects.equals(va, vb)) {
                    String shownB = vb == null ? "(unset)" : vb;
                    out.add(inherited ? Finding.note("ENV " + name, va, shownB, inheritedNote())
                            : ctx.difference(checkId, "ENV " + name, va, shownB));
                }
            }
            for (Map.Entry<String, String> e : b.entrySet()) {
                if (!a.containsKey(e.getKey()) && !(e.getKey().equals("PATH") && e.getValue().equals(ImageConfig.DEFAULT_PATH))) {
                    if (e.getKey().equals("PATH")) path(out, ImageConfig.DEFAULT_PATH, e.getValue(), false);
                    else out.add(Finding.note("ENV " + e.getKey(), "(unset)", e.getValue(), "added by the rewrite or its base image"));
                }
            }
            return out;
        }

        private String inheritedNote() {
            return "set by the original's base image " + ctx.request().originalBase() + ", not by its Dockerfile";
        }

        private void path(List<Finding> out, String va, String vb, boolean inherited) {
            List<String> a = List.of(va.split(":"));
            List<String> b = List.of(vb.split(":"));
            if (a.equals(b)) return;
            if (inOrder(a, b)) {
                List<String> added = b.stream().filter(d -> !a.contains(d)).toList();
                out.add(Finding.note("ENV PATH", va, vb, "the rewrite adds " + String.join(", ", added)
                        + "; the original's directories keep their order"));
                return;
            }
            List<String> missing = a.stream().filter(d -> !b.contains(d)).toList();
            String why = missing.isEmpty() ? "the order changes which program a name runs" : "lacks " + String.join(", ", missing);
            Finding f = inherited ? Finding.note("ENV PATH", va, vb, inheritedNote() + "; " + why)
                    : ctx.difference(checkId, "ENV PATH", va, vb);
            out.add(f.fails() ? new Finding(f.kind(), f.subject(), f.original(), f.optimized(), why) : f);
        }

        /** Every entry of {@code a} is in {@code b}, in the same relative order. */
        static boolean inOrder(List<String> a, List<String> b) {
            int i = 0;
            for (String d : b) {
                if (i < a.size() && a.get(i).equals(d)) i++;
            }
            return i == a.size();
        }
    }
}
