package io.dockwright.lint;

import io.dockwright.dockerfile.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A RUN script split into simple commands: on {@code &&}, {@code ||}, {@code ;}, {@code &}, {@code |}, newlines
 * and parentheses. Words keep their offsets; quotes are removed from their values; {@code $(...)} and backticks
 * stay inside one word; redirections are not words (their targets are kept apart, with the operator), nor are
 * {@code VAR=value} prefixes (kept as the command's assignments). One linear scan, never throws: an unclosed quote
 * simply runs to the end. This is a lint approximation, not a shell.
 *
 * @param commands the simple commands in order
 * @param pipes    the {@code |} operators (not {@code ||})
 */
public record ShellScript(List<Command> commands, List<Part> pipes, int[] sourceOffsets) {
    /** Words that open a compound command; the command name follows them. */
    private static final Set<String> LEADERS = Set.of("if", "then", "else", "elif", "do", "while", "until",
            "!", "{", "}", "time", "exec", "fi", "done");
    /** Package-manager options whose value is the next word (apt-get -o/-t/-c, apk -X/--repository). */
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "-t", "-c", "-X", "--repository", "--option",
            "--target-release", "--config-file");

    /** A word or operator: its value (quotes removed) and offsets {@code [start, end)} in the script text. */
    public record Part(String value, int start, int end) {}

    /** A redirection: its operator ({@code >}, {@code >>}, {@code 2>}, {@code <}, {@code &>} ...) and target word. */
    public record Redirect(String operator, Part target) {
        /** True for an operator that writes its target ({@code >}, {@code >>}, {@code &>}, {@code 2>}...), not {@code <}, {@code >&}. */
        public boolean writes() {
            return operator.contains(">") && !operator.endsWith(">&") && !operator.startsWith("<");
        }
    }

    /**
     * A simple command: its words, with {@code VAR=value} prefixes and compound keywords left out.
     *
     * @param assignments the {@code VAR=value} words before the program ({@code CGO_ENABLED=0 go build})
     * @param redirects   its redirections in order (here-documents and {@code 2>&1} included)
     */
    public record Command(List<Part> words, String program, List<Part> assignments, List<Redirect> redirects) {
        /** @param words at least one word */
        public Command(List<Part> words) {
            this(words, baseName(words.get(0).value()), List.of(), List.of());
        }

        public Command(List<Part> words, List<Part> assignments, List<Redirect> redirects) {
            this(words, baseName(words.get(0).value()), List.copyOf(assignments), List.copyOf(redirects));
        }

        private static String baseName(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The program run (its first word). */
        public Part name() { return words.get(0); }

        /** True when the program run is this one, by name or path ({@code /usr/bin/apt-get}). */
        public boolean is(String name) {
            return program.equals(name);
        }

        /** True when any word equals one of these (for flags like {@code -y}). */
        public boolean has(String... values) {
            for (Part w : words) {
                for (String v : values) if (w.value().equals(v)) return true;
            }
            return false;
        }

        /**
         * The first argument that is not a flag or a flag's value (a subcommand such as {@code install}), or null.
         * The package managers' options that take a separate value ({@code apt-get -o Acquire::Retries=3 install})
         * are known by name.
         */
        public Part subcommand() {
            for (int i = 1; i < words.size(); i++) {
                String v = words.get(i).value();
                if (VALUE_OPTIONS.contains(v)) i++;
                else if (!v.startsWith("-")) return words.get(i);
            }
            return null;
        }

        /** True when a short-option cluster ({@code -qy}) or any word contains {@code c} as a short flag. */
        public boolean hasShortFlag(char c) {
            for (Part w : words) {
                String v = w.value();
                if (v.length() > 1 && v.charAt(0) == '-' && v.charAt(1) != '-' && v.indexOf(c) > 0) return true;
            }
            return false;
        }
    }

    /** The source span of a part, through {@code sourceOffsets} (script offset to source offset). */
    public Span span(Part p) {
        int n = sourceOffsets.length;
        if (n == 0) return new Span(0, 0);
        int start = sourceOffsets[Math.min(p.start(), n - 1)];
        int end = p.end() > p.start() ? sourceOffsets[Math.min(p.end() - 1, n - 1)] + 1 : start;
        return new Span(start, Math.max(start, end));
    }

    /** Splits {@code text}; {@code sourceOffsets[i]} is where char i stands in the Dockerfile. */
    public static ShellScript parse(String text, int[] sourceOffsets) {
        return new Splitter(text).run(sourceOffsets);
    }

    /** The scanner. */
    private static final class Splitter {
        private final String s;
        private final List<Command> commands = new ArrayList<>();
        private final List<Part> pipes = new ArrayList<>();
        private List<Part> words = new ArrayList<>();
        private List<Part> assignments = new ArrayList<>();
        private List<Redirect> redirects = new ArrayList<>();
        private int i;
        private String redirectOperator;

        Splitter(String s) {
            this.s = s;
        }

        ShellScript run(int[] offsets) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r') {
                    i++;
                } else if (c == '\n' || c == ';' || c == '(' || c == ')') {
                    i++;
                    endCommand();
                } else if (c == '&' || c == '|') {
                    operator(c);
                } else if (c == '<' || c == '>') {
                    redirect();
                } else if (c == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') i++;
                } else {
                    word();
                }
            }
            endCommand();
            return new ShellScript(List.copyOf(commands), List.copyOf(pipes), offsets);
        }

        private void operator(char c) {
            int start = i++;
            if (c == '&' && i < s.length() && s.charAt(i) == '>') {
                redirect();
                return;
            }
            boolean doubled = i < s.length() && s.charAt(i) == c;
            if (doubled) i++;
            if (c == '|' && !doubled) pipes.add(new Part("|", start, i));
            endCommand();
        }

        /** {@code >}, {@code >>}, {@code >&}, {@code <<}, {@code <<-}, {@code <<<}: the target word is no argument. */
        private void redirect() {
            redirect("");
        }

        private void redirect(String fd) {
            int start = i;
            while (i < s.length() && "<>&|-".indexOf(s.charAt(i)) >= 0) i++;
            if (start > 0 && s.charAt(start - 1) == '&' && fd.isEmpty()) start--; // &> and &>>
            redirectOperator = fd + s.substring(start, i);
        }

        private void word() {
            int start = i;
            StringBuilder value = new StringBuilder();
            boolean fd = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (" \t\r\n;&|()".indexOf(c) >= 0) break;
                if (c == '<' || c == '>') {
                    fd = value.length() > 0 && value.chars().allMatch(Character::isDigit); // 2>&1: the fd is no word
                    break;
                }
                if (c == '\'') {
                    int close = s.indexOf('\'', i + 1);
                    int end = close < 0 ? s.length() : close;
                    value.append(s, i + 1, end);
                    i = Math.min(s.length(), end + 1);
                } else if (c == '"') {
                    i = doubleQuoted(value);
                } else if (c == '\\') {
                    if (i + 1 < s.length() && s.charAt(i + 1) != '\n') value.append(s.charAt(i + 1));
                    i = Math.min(s.length(), i + 2);
                } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                    int end = balanced(i + 1);
                    value.append(s, i, end);
                    i = end;
                } else if (c == '`') {
                    int close = s.indexOf('`', i + 1);
                    int end = close < 0 ? s.length() : close + 1;
                    value.append(s, i, end);
                    i = end;
                } else {
                    value.append(c);
                    i++;
                }
            }
            if (fd) {
                redirect(value.toString());
                return;
            }
            String v = value.toString();
            if (redirectOperator != null) {
                redirects.add(new Redirect(redirectOperator, new Part(v, start, i)));
                redirectOperator = null;
                return;
            }
            if (words.isEmpty() && LEADERS.contains(v)) return;
            if (words.isEmpty() && isAssignment(v)) {
                assignments.add(new Part(v, start, i));
                return;
            }
            words.add(new Part(v, start, i));
        }

        private int doubleQuoted(StringBuilder value) {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) != '"') {
                if (s.charAt(j) == '\\' && j + 1 < s.length()) j++;
                value.append(s.charAt(j++));
            }
            return Math.min(s.length(), j + 1);
        }

        /** The offset after the {@code )} that closes the {@code (} at {@code open}, or the end. */
        private int balanced(int open) {
            int depth = 0;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '(') depth++;
                if (c == ')' && --depth == 0) return j + 1;
            }
            return s.length();
        }

        private static boolean isAssignment(String v) {
            int eq = v.indexOf('=');
            if (eq <= 0 || Character.isDigit(v.charAt(0))) return false;
            for (int k = 0; k < eq; k++) {
                char c = v.charAt(k);
                if (!(c == '_' || c < 128 && Character.isLetterOrDigit(c))) return false;
            }
            return true;
        }

        private void endCommand() {
            redirectOperator = null;
            if (!words.isEmpty()) commands.add(new Command(List.copyOf(words), assignments, redirects));
            words = new ArrayList<>();
            assignments = new ArrayList<>();
            redirects = new ArrayList<>();
        }
    }
}
