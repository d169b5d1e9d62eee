package io.dockwright.engine.builds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of a Dockerfile with their lines and stages: enough to map build steps, errors and image
 * layers back to the text. Handles the escape directive, line continuations (with comment and blank lines
 * inside) and heredoc bodies.
 */
public final class DockerfileOutline {
    private static final Pattern ESCAPE_DIRECTIVE = Pattern.compile("^#\\s*escape\\s*=\\s*(\\S)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*[a-zA-Z][a-zA-Z0-9_-]*\\s*=.*$");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern FROM = Pattern.compile("(?i)^(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");

    /** One instruction: index among all instructions, 1-based first/last line, keyword, arguments, stage. */
    public record Entry(int index, int line, int endLine, String keyword, String arguments, int stage) {
        public String text() {
            return keyword + (arguments.isEmpty() ? "" : " " + arguments);
        }
    }

    /** A stage: index, name (or null), base as written, the stage it builds on (or -1). */
    public record StageInfo(int index, String name, String base, int baseStage) {}

    private final List<Entry> entries;
    private final List<StageInfo> stages;

    private DockerfileOutline(List<Entry> entries, List<StageInfo> stages) {
        this.entries = List.copyOf(entries);
        this.stages = List.copyOf(stages);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<StageInfo> stages() {
        return stages;
    }

    public static DockerfileOutline of(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        char escape = '\\';
        int i = 0;
        for (; i < lines.length; i++) { // parser directives come first
            Matcher m = ESCAPE_DIRECTIVE.matcher(lines[i].strip());
            if (m.matches()) escape = m.group(1).charAt(0);
            else if (!DIRECTIVE.matcher(lines[i].strip()).matches()) break;
        }
        List<Entry> entries = new ArrayList<>();
        List<StageInfo> stages = new ArrayList<>();
        while (i < lines.length) {
            String first = lines[i].strip();
            if (first.isEmpty() || first.startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder logical = new StringBuilder();
            String line = lines[i];
            while (true) {
                String trimmed = line.stripTrailing();
                boolean continues = !trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape;
                logical.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
                if (!continues || i + 1 >= lines.length) break;
                i++;
                while (i < lines.length - 1 && (lines[i].strip().isEmpty() || lines[i].strip().startsWith("#"))) i++;
                line = lines[i];
            }
            int end = i;
            String body = logical.toString().strip();
            int sp = indexOfSpace(body);
            String keyword = (sp < 0 ? body : body.substring(0, sp)).toUpperCase(Locale.ROOT);
            String args = sp < 0 ? "" : body.substring(sp).strip();
            if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
                Matcher h = HEREDOC.matcher(args);
                while (h.find()) {
                    String delimiter = h.group(3);
                    boolean tabs = !h.group(1).isEmpty();
                    while (end + 1 < lines.length) {
                        end++;
                        String l = tabs ? lines[end].replaceFirst("^\t+", "") : lines[end];
                        if (l.equals(delimiter)) break;
                    }
                }
            }
            if (keyword.equals("FROM")) {
                Matcher f = FROM.matcher(args);
                String base = f.matches() ? f.group(1) : args;
                String name = f.matches() && f.group(2) != null ? f.group(2).toLowerCase(Locale.ROOT) : null;
                stages.add(new StageInfo(stages.size(), name, base, stageIndex(stages, base)));
            }
            entries.add(new Entry(entries.size(), start + 1, end + 1, keyword, args, stages.size() - 1));
            i = end + 1;
        }
        return new DockerfileOutline(entries, stages);
    }

    private static int indexOfSpace(String s) {
        for (int k = 0; k < s.length(); k++) if (Character.isWhitespace(s.charAt(k))) return k;
        return -1;
    }

    private static int stageIndex(List<StageInfo> earlier, String ref) {
        for (StageInfo s : earlier) {
            if (ref.equalsIgnoreCase(s.name()) || ref.equals(String.valueOf(s.index()))) return s.index();
        }
        return -1;
    }

    /** The stage a target names (by name or index), or the last stage for null. */
    public int targetStage(String target) {
        if (target == null) return stages.size() - 1;
        for (StageInfo s : stages) if (target.equalsIgnoreCase(s.name())) return s.index();
        return -1;
    }

    /** The chain of stages the target's image is made of, base-most first (FROM <stage> links). */
    public List<StageInfo> chain(String target) {
        List<StageInfo> chain = new ArrayList<>();
        int s = targetStage(target);
        while (s >= 0) {
            chain.add(0, stages.get(s));
            s = stages.get(s).baseStage();
        }
        return chain;
    }

    /** The chain's external base image with ARG defaults (before the first FROM) and build args expanded. */
    public String externalBase(String target, Map<String, String> buildArgs) {
        List<StageInfo> chain = chain(target);
        if (chain.isEmpty()) return null;
        String base = chain.get(0).base();
        for (Entry e : entries) {
            if (e.stage() >= 0) break;
            if (!e.keyword().equals("ARG")) continue;
            String[] kv = e.arguments().split("=", 2);
            String value = buildArgs.getOrDefault(kv[0].strip(), kv.length > 1 ? unquote(kv[1].strip()) : "");
            base = base.replace("${" + kv[0].strip() + "}", value).replace("$" + kv[0].strip(), value);
        }
        return base;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)
                ? s.substring(1, s.length() - 1) : s;
    }

    /** The instruction a classic-builder {@code Step N} refers to. */
    public Entry step(int oneBased) {
        return oneBased >= 1 && oneBased <= entries.size() ? entries.get(oneBased - 1) : null;
    }

    /** The instruction starting or running through a 1-based line. */
    public Entry atLine(int line) {
        for (Entry e : entries) if (line >= e.line() && line <= e.endLine()) return e;
        return null;
    }
}
