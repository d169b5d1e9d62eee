package io.dockwright.ui.prefs;

/**
 * A user's runtime-base rule: images matching {@code match} ({@code *} captures, {@code $1} in the runtime) run on
 * {@code runtime}; a blank runtime marks an image that is already a runtime base. {@code stack} (may be blank) names
 * the recipe tried first.
 */
public record BaseRule(String match, String runtime, String stack) {
    public BaseRule {
        match = match == null ? "" : match.strip();
        runtime = runtime == null ? "" : runtime.strip();
        stack = stack == null ? "" : stack.strip();
    }
}
