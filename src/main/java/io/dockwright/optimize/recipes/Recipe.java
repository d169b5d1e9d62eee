package io.dockwright.optimize.recipes;


import java.util.List;

/** A stack's way of splitting a single-stage build: what the builder gets and what the runtime copies. */
public interface Recipe {

    /** A file or folder copied from the builder to the same path in the runtime stage. */
    public record Artifact(String path, String why) {}

    /**
     * The plan for one Dockerfile.
     *
     * @param stack          display name ("Python", "Go", ...)
     * @param builderPrelude lines inserted after the builder's FROM (with their newlines), or ""
     * @param builderAppend  lines appended at the end of the builder, or ""
     * @param runtimePrelude lines placed right after the runtime FROM, or ""
     * @param artifacts      what the runtime copies from the builder
     * @param runtimeBase    the runtime base, or null to use the table's mapping
     * @param reason         why this split is safe
     * @param notes          extra changes' explanations (id, title, reason)
     * @param warnings       assumptions the user should check
     */
    public record Plan(String stack, String builderPrelude, String builderAppend, String runtimePrelude,
                List<Artifact> artifacts, String runtimeBase, String reason, List<String> warnings) {}

    /** A plan, or a reason why this recipe does not fit ({@link Result#plan()} null). */
    public record Result(Plan plan, String reason) {
        public static Result no(String reason) { return new Result(null, reason); }
        public static Result of(Plan plan) { return new Result(plan, null); }
    }

    String stack();

    /** Whether this file looks like this stack at all (a build command of the stack is present). */
    boolean detects(StageFacts facts);

    Result plan(StageFacts facts, String nl);
}
