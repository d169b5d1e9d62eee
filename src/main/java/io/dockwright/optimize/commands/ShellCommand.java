package io.dockwright.optimize.commands;

import io.dockwright.dockerfile.Span;
import io.dockwright.lint.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One simple command of a RUN, as the lint package's quote-aware splitter found it, seen the way the optimizer asks
 * about it: the tool run ({@code pip} for {@code pip3}, {@code python3 -m pip} or {@code sudo pip}), its verb
 * ({@code install}), flags with their values, operands, {@code VAR=value} prefixes and the files it redirects into.
 */
public final class ShellCommand {
    /** Words that run the command after them: {@code sudo pip install}, {@code env X=1 go build}. */
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nohup", "command", "doas", "su-exec", "gosu");
    private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");
    private static final Pattern VERSIONED = Pattern.compile("(pip|gem|bundle|npm)[0-9.]+");

    private final ShellScript script;
    private final ShellScript.Command command;
    private final List<ShellScript.Part> words;
    private final String tool;
    private final int toolEnd;
    private final String cwd;

    ShellCommand(ShellScript script, ShellScript.Command command, String cwd) {
        this.script = script;
        this.command = command;
        this.cwd = cwd;
        List<ShellScript.Part> w = unwrapped(command.words());
        this.words = w;
        String first = w.isEmpty() ? "" : baseName(w.get(0).value());
        if (PYTHON.matcher(first).matches() && w.size() > 2 && w.get(1).value().equals("-m")) {
            this.tool = normalise(w.get(2).value());
            this.toolEnd = 3;
        } else {
            this.tool = normalise(first);
            this.toolEnd = 1;
        }
    }

    private static List<ShellScript.Part> unwrapped(List<ShellScript.Part> words) {
        int i = 0;
        while (i < words.size() - 1 && WRAPPERS.contains(baseName(words.get(i).value()))) {
            i++;
            while (i < words.size() - 1 && (words.get(i).value().startsWith("-") || words.get(i).value().contains("="))) i++;
        }
        return words.subList(i, words.size());
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String normalise(String program) {
        return VERSIONED.matcher(program).matches() ? program.replaceAll("[0-9.]+$", "") : program;
    }

    /** The tool run: {@code pip} for pip, pip3, pip3.11 and python -m pip; {@code go}, {@code npm}, {@code useradd}... */
    public String tool() { return tool; }

    /** True when the tool is one of these. */
    public boolean is(String... tools) {
        for (String t : tools) if (tool.equals(t)) return true;
        return false;
    }

    /** The working directory the command runs in (the WORKDIR, changed by {@code cd} earlier in the same RUN). */
    public String cwd() { return cwd; }

    /** The words after the tool ({@code install -r req.txt} for {@code pip install -r req.txt}). */
    public List<String> args() {
        return words.subList(Math.min(toolEnd, words.size()), words.size()).stream().map(ShellScript.Part::value).toList();
    }

    /** The first argument that is not a flag ({@code install}, {@code build}), or "" when there is none. */
    public String verb() {
        for (String a : args()) if (!a.startsWith("-")) return a;
        return "";
    }

    /** True when the tool is {@code tool} and its verb one of {@code verbs}. */
    public boolean runs(String tool, String... verbs) {
        if (!is(tool)) return false;
        String v = verb();
        for (String verb : verbs) if (v.equals(verb)) return true;
        return false;
    }

    /** True when a flag is given, alone ({@code -g}) or with a value ({@code --prefix=/x}). */
    public boolean hasFlag(String... names) {
        for (String a : args()) {
            for (String n : names) if (a.equals(n) || a.startsWith(n + "=")) return true;
        }
        return false;
    }

    /** The value of a flag: {@code --prefix=/x}, {@code --prefix /x} or {@code -o/x} for a short one. */
    public Optional<String> flagValue(String... names) {
        List<String> a = args();
        for (int i = 0; i < a.size(); i++) {
            for (String n : names) {
                if (a.get(i).equals(n) && i + 1 < a.size()) return Optional.of(a.get(i + 1));
                if (a.get(i).startsWith(n + "=")) return Optional.of(a.get(i).substring(n.length() + 1));
                if (n.length() == 2 && !n.startsWith("--") && a.get(i).startsWith(n) && a.get(i).length() > 2
                        && !a.get(i).startsWith("--")) return Optional.of(a.get(i).substring(2));
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments after the verb that are neither flags nor the values of {@code valueFlags}
     * ({@code npm install -g typescript} gives {@code typescript}).
     */
    public List<String> operands(Set<String> valueFlags) {
        List<String> a = args();
        List<String> out = new ArrayList<>();
        boolean verbSeen = false;
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.startsWith("-")) {
                if (valueFlags.contains(s)) i++;
                continue;
            }
            if (!verbSeen) {
                verbSeen = true;
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** The arguments that are not flags or flag values, the verb included ({@code cp -r a b}: a, b). */
    public List<String> positional(Set<String> valueFlags) {
        List<String> a = args();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (s.equals("--")) {
                out.addAll(a.subList(i + 1, a.size()));
                break;
            }
            if (s.startsWith("-") && s.length() > 1) {
                if (valueFlags.contains(s)) i++;
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /** The value of a {@code VAR=value} prefix ({@code CGO_ENABLED=1 go build}) or of {@code env VAR=value}. */
    public Optional<String> assignment(String name) {
        for (ShellScript.Part p : command.assignments()) {
            if (p.value().startsWith(name + "=")) return Optional.of(p.value().substring(name.length() + 1));
        }
        for (ShellScript.Part p : command.words()) {
            if (p.value().startsWith(name + "=")) return Optional.of(p.value().substring(name.length() + 1));
        }
        return Optional.empty();
    }

    /** The files its redirections write ({@code > /etc/x.conf}, {@code >> log}). */
    public List<String> redirectTargets() {
        return command.redirects().stream().filter(ShellScript.Redirect::writes).map(r -> r.target().value()).toList();
    }

    /** The source span of the word at {@code index} of {@link #args()} (for edits), or empty (exec form has none). */
    public Optional<Span> argSpan(int index) {
        int at = toolEnd + index;
        if (script == null || index < 0 || at >= words.size()) return Optional.empty();
        return Optional.of(script.span(words.get(at)));
    }

    /** The command as its words, joined by blanks (for messages). */
    public String text() {
        List<String> all = new ArrayList<>();
        command.assignments().forEach(p -> all.add(p.value()));
        command.words().forEach(p -> all.add(p.value()));
        return String.join(" ", all);
    }

    /** The command as it can be written again in another RUN: its words (without sudo or env) quoted where needed. */
    public String shellText() {
        List<String> all = new ArrayList<>();
        for (ShellScript.Part p : words) all.add(quote(p.value()));
        return String.join(" ", all);
    }

    private static String quote(String word) {
        if (word.matches("[\\w@%+=:,./-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() { return text(); }
}
