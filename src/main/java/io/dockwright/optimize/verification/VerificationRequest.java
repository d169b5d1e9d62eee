package io.dockwright.optimize.verification;

import java.util.List;
import java.util.Objects;

/**
 * What to verify.
 *
 * @param originalImage  the original image (id or reference), built
 * @param optimizedImage the rewrite's image, built
 * @param originalBase   the original's external base image (its FROM), or null when unknown: ENV and accounts the
 *                       original only inherits from it may be missing from the rewrite (shown as notes); when
 *                       null every one counts
 * @param probes         the user's probes
 * @param intended       differences the rewrite makes on purpose
 */
public record VerificationRequest(String originalImage, String optimizedImage, String originalBase, Probes probes,
                                  List<Intended> intended) {
    public VerificationRequest {
        Objects.requireNonNull(originalImage, "originalImage");
        Objects.requireNonNull(optimizedImage, "optimizedImage");
        originalBase = originalBase == null || originalBase.isBlank() || originalBase.equalsIgnoreCase("scratch") ? null : originalBase;
        probes = probes == null ? Probes.NONE : probes;
        intended = intended == null ? List.of() : List.copyOf(intended);
    }

    public static VerificationRequest of(String originalImage, String optimizedImage, Probes probes) {
        return new VerificationRequest(originalImage, optimizedImage, null, probes, List.of());
    }

    public VerificationRequest withOriginalBase(String base) {
        return new VerificationRequest(originalImage, optimizedImage, base, probes, intended);
    }

    public VerificationRequest withIntended(List<Intended> differences) {
        return new VerificationRequest(originalImage, optimizedImage, originalBase, probes, differences);
    }
}
