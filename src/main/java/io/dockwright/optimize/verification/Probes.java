package io.dockwright.optimize.verification;

import java.util.List;

/**
 * What the user adds to the verification of one Dockerfile: commands to run in both images, HTTP checks, and
 * rules for volatile output. Kept per Dockerfile by {@link ProbeStore}.
 */
public record Probes(List<CommandProbe> commands, List<HttpProbe> http, List<IgnoreRule> ignore) {
    public static final Probes NONE = new Probes(List.of(), List.of(), List.of());

    public Probes {
        commands = commands == null ? List.of() : List.copyOf(commands);
        http = http == null ? List.of() : List.copyOf(http);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    /** {@code text} with every ignore rule applied. */
    public String scrub(String text) {
        String out = text;
        for (IgnoreRule r : ignore) out = r.apply(out);
        return out;
    }
}
