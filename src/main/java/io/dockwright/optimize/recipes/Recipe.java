package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Change;
import java.util.ArrayList;
import java.util.List;

/** A stack's way of splitting a single-stage build: what the builder gets and what the runtime copies. */
public interface Recipe {

    /** A file or folder copied from the builder to {@code destination} (by default the same path) in the runtime stage. */
    record Artifact(String path, String why, String destination) {
        public Artifact(String path, String why) {
            this(path, why, path);
        }
    }

    /** Text inserted into the builder at an offset of the original file (a flag added to a command, say). */
    record Insert(int offset, String text) {}

    /**
     * The plan for one Dockerfile.
     *
     * @param stack          display name ("Python", "Go", ...)
     * @param builderPrelude lines inserted after the builder's FROM (with their newlines), or ""
     * @param builderAppend  lines appended at the end of the builder, or ""
     * @param inserts        edits inside the builder's instructions
     * @param extraStages    whole stages placed between the builder and the runtime stage, or ""
     * @param runtimePrelude lines placed right after the runtime FROM, or ""
     * @param artifacts      what the runtime copies from the builder
     * @param runtimeBase    the runtime base, or null to use the table's mapping
     * @param runtimeBaseWhy why the recipe chose {@code runtimeBase}, or null
     * @param reason         why this split is safe
     * @param notes          further changes the recipe made (their own ids; part of the split unless rejectable alone)
     * @param warnings       assumptions the user should check
     * @param entry          the runtime stage's replacement for the CMD/ENTRYPOINT that decides what runs (a dev-mode
     *                       {@code cargo run} turned into the built program, with its newline), or null to move it as is
     * @param builderOnly    paths the runtime stage must not copy although a COPY put them outside the app (a build tool
     *                       such as {@code /usr/bin/composer})
     */
    record Plan(String stack, String builderPrelude, String builderAppend, List<Insert> inserts, String extraStages,
                String runtimePrelude, List<Artifact> artifacts, String runtimeBase, String runtimeBaseWhy, String reason, List<Change> notes,
                List<String> warnings, String entry, List<String> builderOnly) {
        public Plan {
            builderOnly = List.copyOf(builderOnly);
            inserts = List.copyOf(inserts);
            artifacts = List.copyOf(artifacts);
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }

        public static Builder of(String stack, String reason) { return new Builder(stack, reason); }
    }

    /** Builds a {@link Plan} one part at a time. */
    final class Builder {
        private final String stack;
        private String reason;
        private final StringBuilder prelude = new StringBuilder();
        private final StringBuilder append = new StringBuilder();
        private final List<Insert> inserts = new ArrayList<>();
        private final StringBuilder stages = new StringBuilder();
        private final StringBuilder runtimePrelude = new StringBuilder();
        private final List<Artifact> artifacts = new ArrayList<>();
        private final List<Change> notes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private String runtimeBase;
        private String runtimeBaseWhy;
        private String entry;
        private final List<String> builderOnly = new ArrayList<>();

        private Builder(String stack, String reason) {
            this.stack = stack;
            this.reason = reason;
        }

        public Builder reason(String why) { reason = why; return this; }

        public Builder builderPrelude(String lines) { prelude.append(lines); return this; }

        public Builder builderAppend(String lines) { append.append(lines); return this; }

        public Builder insert(int offset, String text) { inserts.add(new Insert(offset, text)); return this; }

        public Builder stage(String text) { stages.append(text); return this; }

        public Builder runtimePrelude(String lines) { runtimePrelude.append(lines); return this; }

        public Builder artifact(String path, String why) {
            return artifactTo(path, path, why);
        }

        /** Copies {@code path} of the builder to {@code destination} of the runtime stage. */
        public Builder artifactTo(String path, String destination, String why) {
            if (artifacts.stream().noneMatch(a -> a.path().equals(path))) artifacts.add(new Artifact(path, why, destination));
            return this;
        }

        public Builder runtimeBase(String image, String why) {
            runtimeBase = image;
            runtimeBaseWhy = why;
            return this;
        }

        public Builder note(Change change) { notes.add(change); return this; }

        /** The runtime stage runs {@code instruction} (a whole CMD or ENTRYPOINT line) instead of the original entry. */
        public Builder entry(String instruction) { entry = instruction; return this; }

        /** The runtime stage does not copy {@code path} (a build tool a COPY put outside the app). */
        public Builder builderOnly(String path) { builderOnly.add(path); return this; }

        public Builder warn(String warning) { warnings.add(warning); return this; }

        public Plan build() {
            return new Plan(stack, prelude.toString(), append.toString(), inserts, stages.toString(), runtimePrelude.toString(),
                    artifacts, runtimeBase, runtimeBaseWhy, reason, notes, warnings, entry, builderOnly);
        }
    }

    /** A plan, or a reason why this recipe does not fit ({@link Result#plan()} null). */
    record Result(Plan plan, String reason) {
        public static Result no(String reason) { return new Result(null, reason); }
        public static Result of(Plan plan) { return new Result(plan, null); }
    }

    String stack();

    /** Whether this file looks like this stack at all (a build command of the stack is present). */
    boolean detects(StageFacts facts);

    /**
     * The plan for this file. {@code mapping} is the table's answer for its base (its runtime may be null when the
     * family has no runtime image: a recipe that can make one, such as a jlink'd Java runtime, may still split).
     */
    Result plan(StageFacts facts, io.dockwright.optimize.RuntimeBaseTable.Mapping mapping, String nl);
}
