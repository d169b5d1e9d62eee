package io.dockwright.optimize.verification.files;

import java.util.Objects;
import java.util.Set;

/**
 * One path whose final state differs between the original and the optimized image. A directory only on one
 * side is one entry (its bytes and path count summed), not one per file.
 *
 * @param path      absolute, normalized
 * @param side      only in the original, only in the rewrite, or in both and changed
 * @param original  the path in the original (null when only in the rewrite)
 * @param optimized the path in the rewrite (null when only in the original)
 * @param aspects   what changed, for a path in both
 * @param writer    which layer of the original wrote the path: the base image's or a line of its Dockerfile
 * @param leftBehind for a path only in the original: why a multi-stage rewrite may leave it in its build stage
 *                  (every file under it is a build input by name, or its content is in the rewrite elsewhere), else ""
 */
public record PathChange(String path, Side side, State original, State optimized, Set<Aspect> aspects, Writer writer,
                         String leftBehind) {
    public enum Side { ONLY_ORIGINAL, ONLY_OPTIMIZED, CHANGED }

    /** What differs for a path in both (CONTENT: both digests known and different). */
    public enum Aspect { TYPE, SIZE, MODE, OWNER, LINK, CONTENT }

    /**
     * The path on one side.
     *
     * @param type  {@code file}, {@code directory}, {@code symlink}, ...
     * @param bytes its size (a directory's: what is under it)
     * @param paths 1, or the paths under a directory counted with it
     * @param mode  permission bits
     * @param link  a symlink's target, else ""
     */
    public record State(String type, long bytes, int paths, int mode, long uid, long gid, String link) {
        public State {
            Objects.requireNonNull(type, "type");
            link = link == null ? "" : link;
        }

        public boolean directory() {
            return type.equals("directory");
        }
    }

    /**
     * Who wrote a path in the original.
     *
     * @param provenance  the base image's layers, the Dockerfile's own, or not known
     * @param instruction the Dockerfile instruction (or the history's command) that wrote it, "" when unknown
     * @param line        its 1-based line in the Dockerfile, 0 when unknown
     */
    public record Writer(Provenance provenance, String instruction, int line) {
        public enum Provenance { BASE, OWN, UNKNOWN }

        public static final Writer UNKNOWN = new Writer(Provenance.UNKNOWN, "", 0);

        public Writer {
            Objects.requireNonNull(provenance, "provenance");
            instruction = instruction == null ? "" : instruction;
        }

        public boolean base() {
            return provenance == Provenance.BASE;
        }

        /** E.g. {@code line 7: RUN ln -s /app/bin/tool /usr/local/bin/tool}, {@code the base image}, {@code unknown}. */
        public String describe() {
            return switch (provenance) {
                case BASE -> "the base image";
                case OWN -> (line > 0 ? "line " + line : "the Dockerfile") + (instruction.isEmpty() ? "" : ": " + instruction);
                case UNKNOWN -> "not known";
            };
        }
    }

    public PathChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(side, "side");
        aspects = aspects == null ? Set.of() : Set.copyOf(aspects);
        writer = writer == null ? Writer.UNKNOWN : writer;
        leftBehind = leftBehind == null ? "" : leftBehind;
        if (side != Side.ONLY_OPTIMIZED && original == null) throw new IllegalArgumentException(path + ": no original state");
        if (side != Side.ONLY_ORIGINAL && optimized == null) throw new IllegalArgumentException(path + ": no optimized state");
    }
}
