package io.dockwright.engine.builds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads progress from log lines: classic {@code Step 3/9 : RUN ...}, BuildKit {@code #7 [builder 2/5] RUN ...}. */
public final class ProgressParser {
    private static final Pattern CLASSIC = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
    private static final Pattern BUILDKIT = Pattern.compile("^#\\d+ \\[(?:([^\\]]*?) )?(\\d+)/(\\d+)\\] (.*)$");

    private ProgressParser() {}

    public static Optional<BuildProgress> parse(String line) {
        Matcher m = CLASSIC.matcher(line);
        if (m.matches()) {
            return Optional.of(new BuildProgress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, m.group(3)));
        }
        m = BUILDKIT.matcher(line);
        if (m.matches()) {
            return Optional.of(new BuildProgress(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1), m.group(4)));
        }
        return Optional.empty();
    }
}
