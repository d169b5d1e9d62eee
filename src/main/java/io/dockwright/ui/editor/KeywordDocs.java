package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Keyword;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One-line descriptions of the instructions and the flags each accepts (per Docker's reference). */
public final class KeywordDocs {
    private static final Map<Keyword, String> DESCRIPTION = new EnumMap<>(Keyword.class);
    private static final Map<Keyword, List<String>> FLAGS = new EnumMap<>(Keyword.class);

    static {
        describe(Keyword.FROM, "Starts a build stage from a base image: FROM [--platform=...] image [AS name].", "platform");
        describe(Keyword.RUN, "Runs a command in a new layer on top of the current image.", "mount", "network", "security");
        describe(Keyword.CMD, "Sets the default command (or default arguments of ENTRYPOINT) of a container.");
        describe(Keyword.LABEL, "Adds key=value metadata to the image.");
        describe(Keyword.MAINTAINER, "Deprecated: sets the image author; use LABEL maintainer=... instead.");
        describe(Keyword.EXPOSE, "Documents the ports the container listens on at runtime.");
        describe(Keyword.ENV, "Sets environment variables for later instructions and the running container.");
        describe(Keyword.ADD, "Copies files, folders, URLs or git repositories into the image; unpacks local archives.",
                "chown", "chmod", "link", "keep-git-dir", "checksum", "exclude");
        describe(Keyword.COPY, "Copies files and folders from the context or another stage (--from) into the image.",
                "from", "chown", "chmod", "link", "parents", "exclude");
        describe(Keyword.ENTRYPOINT, "Sets the executable that runs when the container starts.");
        describe(Keyword.VOLUME, "Declares mount points for externally mounted volumes.");
        describe(Keyword.USER, "Sets the user (and group) for later instructions and the running container.");
        describe(Keyword.WORKDIR, "Sets the working folder for later instructions and the running container.");
        describe(Keyword.ARG, "Declares a build argument users may pass with --build-arg.");
        describe(Keyword.ONBUILD, "Adds an instruction that runs when the image is used as a base of another build.");
        describe(Keyword.STOPSIGNAL, "Sets the signal sent to the container to stop it.");
        describe(Keyword.HEALTHCHECK, "Tells Docker how to test that the container still works (CMD ... or NONE).",
                "interval", "timeout", "start-period", "start-interval", "retries");
        describe(Keyword.SHELL, "Sets the shell used by the shell form of RUN, CMD and ENTRYPOINT.");
    }

    private KeywordDocs() {}

    private static void describe(Keyword k, String text, String... flags) {
        DESCRIPTION.put(k, text);
        FLAGS.put(k, List.of(flags));
    }

    /** The description, or null for {@link Keyword#UNKNOWN}. */
    public static String description(Keyword k) {
        return DESCRIPTION.get(k);
    }

    /** Flag names (without dashes) the instruction accepts. */
    public static List<String> flags(Keyword k) {
        return FLAGS.getOrDefault(k, List.of());
    }

    /** Every instruction keyword, in alphabetical order. */
    public static List<Keyword> keywords() {
        return DESCRIPTION.keySet().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }
}
