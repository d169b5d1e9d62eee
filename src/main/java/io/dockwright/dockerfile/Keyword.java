package io.dockwright.dockerfile;

import java.util.Locale;

/** Dockerfile instruction keywords; {@link #UNKNOWN} for anything else. */
public enum Keyword {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER,
    ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    /** Case-insensitive lookup; never null. */
    public static Keyword of(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
