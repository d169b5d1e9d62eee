package io.dockwright.stages;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates an image reference the way Docker's reference grammar ({@code distribution/reference}) does:
 * {@code [host[:port]/]path[/path...][:tag][@digest]} with lowercase path components.
 */
public final class ImageReference {
    private static final String ALNUM = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|[-]+)";
    private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])";
    private static final String DOMAIN = HOST + "(?::[0-9]+)?";
    private static final String NAME = "(?:" + DOMAIN + "/)?(" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern REFERENCE = Pattern.compile("(" + NAME + ")(?::" + TAG + ")?(?:@" + DIGEST + ")?");
    private static final Pattern HEX64 = Pattern.compile("[a-f0-9]{64}");

    private ImageReference() {}

    /** Why Docker would reject {@code ref}, or null when it is a valid reference. */
    public static String problem(String ref) {
        if (ref.isEmpty()) return "repository name must have at least one component";
        if (HEX64.matcher(ref).matches()) {
            return "invalid repository name (" + ref + "), cannot specify 64-byte hexadecimal strings";
        }
        var m = REFERENCE.matcher(ref);
        if (!m.matches()) {
            return REFERENCE.matcher(ref.toLowerCase(Locale.ROOT)).matches()
                    ? "invalid reference format: repository name must be lowercase"
                    : "invalid reference format";
        }
        if (m.group(1).length() > 255) return "repository name must not be more than 255 characters";
        return null;
    }

    public static boolean isValid(String ref) {
        return problem(ref) == null;
    }
}
