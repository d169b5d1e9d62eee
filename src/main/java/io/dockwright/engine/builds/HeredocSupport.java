package io.dockwright.engine.builds;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw errors of an engine that cannot read heredocs into an actionable message. Heredocs
 * ({@code RUN <<EOF}) need the Dockerfile frontend 1.4, built into BuildKit 0.10, which Docker Engine ships
 * from 23.0 on. An older engine's built-in frontend (Docker 20.10: BuildKit 0.8) reads the heredoc's body as
 * instructions ("unknown instruction"); the classic builder never reads heredocs; a {@code # syntax=} line
 * makes the engine pull the frontend image from Docker Hub, which fails offline.
 */
public final class HeredocSupport {
    public static final String NEEDED = "Docker Engine 23.0 or newer (its BuildKit 0.10+ has the Dockerfile 1.4 frontend built in)";
    private static final Pattern PARSE_ERROR = Pattern.compile("(?i)(?:dockerfile )?parse error line (\\d+): unknown instruction");
    private static final Pattern FRONTEND_IMAGE = Pattern.compile("docker/dockerfile(?::|/manifests/)([\\w.-]+)");
    private static final Pattern UNREACHABLE = Pattern.compile("(?i)no such host|dial tcp|failed to do request|i/o timeout"
            + "|connection refused|TLS handshake timeout");

    private HeredocSupport() {}

    /**
     * A clearer failure for {@code raw} when it comes from heredocs the engine cannot read; empty otherwise.
     * {@code engine} describes the engine ("Docker Engine 20.10.24"), {@code classic} says the classic builder ran.
     */
    public static Optional<BuildFailedException> explain(BuildFailedException raw, DockerfileOutline outline,
                                                         Supplier<String> engine, boolean classic) {
        if (raw.isCancellation() || raw.getMessage() == null) return Optional.empty();
        DockerfileOutline.Entry heredoc = outline.entries().stream().filter(HeredocSupport::hasHeredoc).findFirst().orElse(null);
        if (heredoc == null) return Optional.empty();
        String where = "line " + heredoc.line() + " (" + firstLine(heredoc.text()) + ")";
        Matcher parse = PARSE_ERROR.matcher(raw.getMessage());
        if (parse.find()) {
            DockerfileOutline.Entry at = outline.atLine(Integer.parseInt(parse.group(1)));
            if (at != null && hasHeredoc(at)) heredoc = at;
            where = "line " + heredoc.line() + " (" + firstLine(heredoc.text()) + ")";
            String msg = classic
                    ? "The heredoc on " + where + " needs BuildKit: the classic builder (Engine API backend) never reads "
                      + "heredocs. Choose the BuildKit backend (Auto picks it for heredocs); it needs " + NEEDED + "."
                    : "The heredoc on " + where + " is not understood by this engine: " + engine.get() + " has a built-in "
                      + "Dockerfile frontend older than heredocs and read the heredoc's body as instructions. Heredocs need "
                      + NEEDED + "; a docker CLI of any version works (before 23.0 with DOCKER_BUILDKIT=1, from 23.0 with "
                      + "the buildx plugin). Update the engine, or add `# syntax=docker/dockerfile:1.4` as the first line "
                      + "if the engine can pull from Docker Hub, or write the heredoc as RUN ... && ... or COPY of a file.";
            return Optional.of(new BuildFailedException(msg + " (engine said: " + raw.getMessage() + ")",
                    heredoc.line(), heredoc.text(), false, raw));
        }
        boolean frontendPull = raw.getMessage().contains("gateway.v0") || raw.getMessage().contains("docker/dockerfile");
        if (frontendPull && UNREACHABLE.matcher(raw.getMessage()).find()) {
            Matcher tag = FRONTEND_IMAGE.matcher(raw.getMessage());
            String image = tag.find() ? "docker/dockerfile:" + tag.group(1) : "the docker/dockerfile frontend image";
            String msg = "The `# syntax=` line asks the engine to fetch " + image + " (needed here for the heredoc on "
                    + where + "), but the engine cannot reach the registry. Let the engine reach Docker Hub (or a mirror), "
                    + "or remove the `# syntax=` line and use " + NEEDED + ", whose built-in frontend reads heredocs.";
            return Optional.of(new BuildFailedException(msg + " (engine said: " + raw.getMessage() + ")",
                    heredoc.line(), heredoc.text(), false, raw));
        }
        return Optional.empty();
    }

    private static boolean hasHeredoc(DockerfileOutline.Entry e) {
        return (e.keyword().equals("RUN") || e.keyword().equals("COPY") || e.keyword().equals("ADD"))
                && e.arguments().matches("(?s).*<<-?['\"]?[A-Za-z_].*");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
