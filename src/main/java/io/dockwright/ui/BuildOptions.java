package io.dockwright.ui;

import io.dockwright.stages.GraphOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The build's {@code --target} and {@code --build-arg}s: one model shared by the build panel (which builds
 * with them), the stage graph's toolbar and the editor's analysis (which draw and check with them).
 * The build args are kept as the build panel's text ({@code K=V} pairs separated by spaces, commas or new
 * lines); {@link #entries()} / {@link #setEntries} give the same pairs one per field.
 */
public final class BuildOptions {
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty buildArgs = new SimpleStringProperty(this, "buildArgs", "");
    private final ReadOnlyObjectWrapper<GraphOptions> graphOptions = new ReadOnlyObjectWrapper<>(this, "graphOptions", GraphOptions.DEFAULT);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public BuildOptions() {
        target.addListener((o, was, now) -> update());
        buildArgs.addListener((o, was, now) -> update());
    }

    private void update() {
        Map<String, String> args = graphOptions.get().buildArgs();
        try {
            args = BuildArgs.parse(buildArgs.get());
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage()); // the graph keeps the last valid args; the build refuses to start
        }
        GraphOptions next = new GraphOptions(targetOrNull(), args);
        if (!next.equals(graphOptions.get())) graphOptions.set(next);
    }

    /** The target stage's name, or null for the last stage. */
    public String targetOrNull() {
        String t = target.get();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Sets the target; null or blank means the last stage. */
    public void setTarget(String name) {
        target.set(name == null ? "" : name.strip());
    }

    /** The build-arg pairs as separate entries, in order (blank ones dropped). */
    public List<String> entries() {
        return split(buildArgs.get());
    }

    /** Whether these field texts hold exactly the current pairs (then a view need not re-fill its fields). */
    public boolean holds(List<String> texts) {
        return entries().equals(split(String.join(" ", texts)));
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split("[\\s,]+")).toList();
    }

    /** Replaces the build args by these entries (one pair each; blank entries are skipped). */
    public void setEntries(List<String> entries) {
        String text = String.join(" ", entries.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (!text.equals(String.join(" ", entries()))) buildArgs.set(text);
    }

    /** Text form, bound to the build panel's field. */
    public StringProperty buildArgsProperty() { return buildArgs; }

    /** Target stage name; "" for the last stage. */
    public StringProperty targetProperty() { return target; }

    /** What the graph and the analysis use: the target and the last valid build args. */
    public ReadOnlyObjectProperty<GraphOptions> graphOptionsProperty() { return graphOptions.getReadOnlyProperty(); }

    /** Why the build args do not parse, or null. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
