package io.dockwright.optimize.verification;

import java.util.List;
import java.util.Objects;

/**
 * What to verify.
 *
 * @param originalImage  the original image (id or reference), built
 * @param optimizedImage the rewrite's image, built
 * @param originalBase   the original's external base image (its final stage's FROM), or null when unknown: ENV and
 *                       accounts the original only inherits from it may be missing from the rewrite (shown as
 *                       notes); when null every one counts
 * @param optimizedBase  the rewrite's external base image, or null when unknown: an ENTRYPOINT the rewrite only
 *                       inherits from it (a wrapper such as eclipse-temurin's) is shown as a note
 * @param probes         the user's probes
 * @param intended       differences the rewrite makes on purpose
 */
public record VerificationRequest(String originalImage, String optimizedImage, String originalBase, String optimizedBase,
                                  Probes probes, List<Intended> intended) {
    public VerificationRequest {
        Objects.requireNonNull(originalImage, "originalImage");
        Objects.requireNonNull(optimizedImage, "optimizedImage");
        originalBase = image(originalBase);
        optimizedBase = image(optimizedBase);
        probes = probes == null ? Probes.NONE : probes;
        intended = intended == null ? List.of() : List.copyOf(intended);
    }

    private static String image(String ref) {
        return ref == null || ref.isBlank() || ref.equalsIgnoreCase("scratch") ? null : ref;
    }

    public static VerificationRequest of(String originalImage, String optimizedImage, Probes probes) {
        return new VerificationRequest(originalImage, optimizedImage, null, null, probes, List.of());
    }

    /** With the external base images of both Dockerfiles (null when unknown). */
    public VerificationRequest withBases(String original, String optimized) {
        return new VerificationRequest(originalImage, optimizedImage, original, optimized, probes, intended);
    }

    public VerificationRequest withIntended(List<Intended> differences) {
        return new VerificationRequest(originalImage, optimizedImage, originalBase, optimizedBase, probes, differences);
    }
}
