package io.dockwright.lint;

import io.dockwright.dockerfile.Directive;
import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression as users know it: {@code # hadolint ignore=DL3007,DL3008} in the comment lines right above
 * an instruction, {@code # hadolint global ignore=...} anywhere, and BuildKit's {@code # check=skip=A,B} (or
 * {@code skip=all}) parser directive, both file-wide.
 */
final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("#\\s*hadolint\\s+(global\\s+)?ignore\\s*=\\s*([\\w, ]+)");
    private static final Pattern SKIP = Pattern.compile("(?:^|;)\\s*skip\\s*=\\s*([^;]*)");

    private final Set<String> fileWide = new HashSet<>();
    private final List<Instruction> instructions;
    private final List<Set<String>> perInstruction = new ArrayList<>();

    Suppressions(Dockerfile df) {
        instructions = df.instructions();
        for (Directive d : df.directives()) {
            if (!d.name().equalsIgnoreCase("check")) continue;
            Matcher m = SKIP.matcher(d.value());
            if (m.find()) addIds(m.group(1), fileWide);
        }
        String text = df.text();
        boolean pragmas = text.contains("hadolint");
        for (Instruction in : instructions) {
            if (!pragmas) {
                perInstruction.add(Set.of());
                continue;
            }
            Set<String> ids = new HashSet<>();
            int lineStart = text.lastIndexOf('\n', Math.max(0, in.span().start() - 1)) + 1;
            while (lineStart > 0) {
                int prev = text.lastIndexOf('\n', lineStart - 2) + 1;
                String line = text.substring(prev, lineStart - 1).strip();
                if (!line.startsWith("#")) break;
                Matcher m = IGNORE.matcher(line);
                if (m.lookingAt() && m.group(1) == null) addIds(m.group(2), ids);
                lineStart = prev;
            }
            perInstruction.add(ids);
        }
        Matcher global = IGNORE.matcher(text);
        while (pragmas && global.find()) {
            if (global.group(1) != null) addIds(global.group(2), fileWide);
        }
    }

    private static void addIds(String list, Set<String> into) {
        for (String id : list.split(",")) {
            if (!id.isBlank()) into.add(id.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** True when the rule is skipped for a finding starting at this offset. */
    boolean suppressed(Rule rule, int offset) {
        if (fileWide.contains("all") || matches(rule, fileWide)) return true;
        int i = instructionAt(offset);
        return i >= 0 && matches(rule, perInstruction.get(i));
    }

    private static boolean matches(Rule rule, Set<String> ids) {
        if (ids.isEmpty()) return false;
        if (ids.contains(rule.id().toLowerCase(Locale.ROOT))) return true;
        return rule.aliases().stream().anyMatch(a -> ids.contains(a.toLowerCase(Locale.ROOT)));
    }

    private int instructionAt(int offset) {
        int lo = 0;
        int hi = instructions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (instructions.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
