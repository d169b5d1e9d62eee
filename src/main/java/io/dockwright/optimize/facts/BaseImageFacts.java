package io.dockwright.optimize.facts;

import java.util.Optional;

/**
 * Where the optimizer learns what a base image sets (WorkingDir, User, Env, Entrypoint, Cmd). The static
 * implementation knows the official images' configs from a shipped table; an engine-backed one (inspecting the
 * pulled image) can take precedence through {@link #or(BaseImageFacts)}.
 */
public interface BaseImageFacts {

    /** The facts of {@code image} (a reference as written in FROM, variables resolved), or empty when unknown. */
    Optional<ImageFacts> of(String image);

    /** These facts, and {@code fallback}'s for images these do not know. */
    default BaseImageFacts or(BaseImageFacts fallback) {
        return image -> of(image).or(() -> fallback.of(image));
    }

    /** Knows nothing: every image is unknown. */
    static BaseImageFacts unknown() {
        return image -> Optional.empty();
    }
}
