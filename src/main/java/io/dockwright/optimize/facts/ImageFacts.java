package io.dockwright.optimize.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a base image's config sets before the Dockerfile's first instruction: the parts a rewrite must respect.
 *
 * @param workingDir the image's WorkingDir ("" when it sets none: the engine uses {@code /})
 * @param user       the image's User ("" for root)
 * @param env        its Env, in order
 * @param entrypoint its Entrypoint (empty when none)
 * @param cmd        its Cmd (empty when none)
 * @param source     where these facts come from ({@code "static table rule 'golang:*'"}, {@code "engine inspect"})
 */
public record ImageFacts(String workingDir, String user, Map<String, String> env, List<String> entrypoint,
                         List<String> cmd, String source) {
    public ImageFacts {
        workingDir = workingDir == null ? "" : workingDir;
        user = user == null ? "" : user;
        env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
    }

    /** Facts of an image that sets nothing (as {@code scratch}). */
    public static ImageFacts none(String source) {
        return new ImageFacts("", "", Map.of(), List.of(), List.of(), source);
    }

    /** The directory relative paths resolve against when the Dockerfile sets no WORKDIR. */
    public String effectiveWorkingDir() {
        return workingDir.isEmpty() ? "/" : workingDir;
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name));
    }
}
