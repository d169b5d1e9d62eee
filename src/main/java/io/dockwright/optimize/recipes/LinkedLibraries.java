package io.dockwright.optimize.recipes;

import java.util.List;

/**
 * The shared libraries that compiled files (native gems, PHP extensions) link, resolved to OS packages from the
 * package manager's own metadata while the builder still has them: on Debian and Ubuntu {@code ldd} finds the files
 * and {@code dpkg-query --search} the packages that own them; on Alpine {@code scanelf} (pax-utils, installed for the
 * scan and removed) lists the needed sonames, which {@code apk} resolves as {@code so:NAME} dependencies. The builder
 * writes the list to {@link #LIST}; the runtime stage copies it and installs what its base lacks. This finds libraries
 * the full builder image carries without the Dockerfile installing them (libpq, libsqlite3 in ruby:X), which no table of
 * {@code -dev} packages can.
 */
final class LinkedLibraries {
    static final String LIST = "/opt/dockwright/runtime-packages";
    static final String ID = "linked-libraries";

    private LinkedLibraries() {}

    /**
     * Adds the scan of {@code dirs} to the builder and the install to the runtime stage, with its change; nothing when the
     * change is rejected (then a warning says what to check).
     */
    static void add(StageFacts f, Recipe.Builder plan, List<String> dirs, boolean alpine, String what, String nl) {
        if (!f.options.accepts(ID)) {
            plan.warn(what + " link shared libraries, which the runtime stage does not install now that " + ID + " is rejected.");
            return;
        }
        String how = alpine ? "scanelf, resolved by apk as so: dependencies" : "ldd, owners found by dpkg-query --search";
        plan.builderAppend(scan(dirs, alpine, nl)).runtimePrelude(install(f.builderName, alpine, nl))
                .note(new io.dockwright.optimize.Change(ID, io.dockwright.optimize.ChangeKind.MULTI_STAGE,
                        "Shared libraries of the compiled files installed in the runtime stage",
                        what + " link shared libraries that the builder's image may carry without the Dockerfile installing them. The"
                                + " builder lists the OS packages that own the libraries the files under " + String.join(", ", dirs)
                                + " link (" + how + "); the runtime stage installs those its base lacks.",
                        java.util.List.of(f.source.lines(f.instructions.get(0))),
                        "The compiled files find their libraries in the runtime image; libraries loaded without linking (dlopen) are not listed."));
    }

    /** The builder's RUN that lists the packages owning the libraries the files under {@code dirs} link. */
    static String scan(List<String> dirs, boolean alpine, String nl) {
        String where = String.join(" ", dirs);
        String head = "# Dockwright: list the OS packages that own the shared libraries the compiled files link, for the runtime stage" + nl;
        if (alpine) {
            return head + "RUN mkdir -p /opt/dockwright && apk add --no-cache --virtual .dockwright-scan pax-utils \\" + nl
                    + "    && scanelf --needed --nobanner --format '%n#p' --recursive " + where + " 2>/dev/null | tr ',' '\\n' | sort -u \\" + nl
                    + "    | awk 'system(\"[ -e /lib/\" $1 \" ] || [ -e /usr/lib/\" $1 \" ]\") == 0 { print \"so:\" $1 }' > " + LIST + " \\" + nl
                    + "    && apk del --no-network .dockwright-scan" + nl;
        }
        return head + "RUN mkdir -p /opt/dockwright && find " + where + " -type f \\( -name '*.so' -o -name '*.so.*' \\) -exec ldd {} + 2>/dev/null \\" + nl
                + "    | awk '$2 == \"=>\" && $3 ~ /^\\// { print $3 }' | sort -u | sed -E 's#^/(usr/)?#*#' \\" + nl
                + "    | xargs -r dpkg-query --search 2>/dev/null | grep -v '^diversion' | sed -e 's/: .*//' -e 's/, /\\n/g' \\" + nl
                + "    | sed -e 's/:.*//' | sort -u > " + LIST + nl;
    }

    /** The runtime stage's lines: the list copied from {@code builder}, and the packages its base lacks installed. */
    static String install(String builder, boolean alpine, String nl) {
        String copy = "COPY --from=" + builder + " " + LIST + " " + LIST + nl;
        if (alpine) return copy + "RUN if [ -s " + LIST + " ]; then apk add --no-cache $(cat " + LIST + "); fi" + nl;
        return copy + "RUN missing=\"$(for p in $(cat " + LIST + "); do dpkg -s \"$p\" 2>/dev/null | grep -q '^Status: install ok installed' || echo \"$p\"; done)\"; \\" + nl
                + "    if [ -n \"$missing\" ]; then apt-get update && apt-get install -y --no-install-recommends $missing \\" + nl
                + "    && rm -rf /var/lib/apt/lists/*; fi" + nl;
    }
}
