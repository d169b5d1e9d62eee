package io.dockwright.ui.prefs;

import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.discovery.EndpointSyntax;
import io.dockwright.optimize.RuntimeBaseTable;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Preferences dialog: a working copy of the preferences, checked as the user edits (every problem as a
 * message naming the field or the table row), applied to {@link Preferences} only when all of it is valid.
 */
public final class PreferencesViewModel {
    private final Preferences preferences;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize");
    private final BooleanProperty autoEndpoint = new SimpleBooleanProperty(this, "autoEndpoint", true);
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringProperty network = new SimpleStringProperty(this, "network");
    private final BooleanProperty parallel = new SimpleBooleanProperty(this, "parallel");
    private final ObjectProperty<BackendChoice> backend = new SimpleObjectProperty<>(this, "backend");
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList(RuleRow::observables);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty endpointProblem = new SimpleStringProperty(this, "endpointProblem");
    private final StringProperty tryImage = new SimpleStringProperty(this, "tryImage", "python:3.12");
    private final StringProperty tryResult = new SimpleStringProperty(this, "tryResult", "");
    private final BooleanBinding valid = Bindings.isEmpty(problems);

    public PreferencesViewModel(Preferences preferences) {
        this.preferences = preferences;
        load(preferences.get());
        autoEndpoint.addListener(o -> validate());
        endpoint.addListener(o -> validate());
        network.addListener(o -> validate());
        rules.addListener((javafx.collections.ListChangeListener<RuleRow>) c -> validate());
        tryImage.addListener(o -> validate());
        validate();
    }

    /** Fills the form from {@code v} (the dialog opens with the current preferences). */
    public void load(PreferenceValues v) {
        dark.set(v.darkTheme());
        fontSize.set(v.fontSize());
        autoEndpoint.set(v.engineEndpoint().isEmpty());
        endpoint.set(v.engineEndpoint());
        network.set(v.network());
        parallel.set(v.parallelBuilds());
        backend.set(v.backend());
        setRules(v.baseRules());
    }

    private void setRules(List<BaseRule> user) {
        rules.setAll(RuntimeBaseRules.entries(preferences.bundledRuntimeBases(), user).stream()
                .map(e -> new RuleRow(e.rule(), e.bundled())).toList());
    }

    private void validate() {
        List<String> out = new ArrayList<>();
        String ep = autoEndpoint.get() ? null : endpoint.get() == null || endpoint.get().isBlank()
                ? "Engine endpoint: type one (unix:///path/docker.sock or tcp://host:port) or choose \"Find automatically\""
                : EndpointSyntax.problem(endpoint.get()).orElse(null);
        endpointProblem.set(ep);
        if (ep != null) out.add(ep);
        if (!PreferenceValues.NETWORKS.contains(network.get())) {
            out.add("Build network: choose one of " + String.join(", ", PreferenceValues.NETWORKS));
        }
        List<String> ruleProblems = RuntimeBaseRules.problems(rules.stream().map(RuleRow::rule).toList());
        ruleProblems.forEach(p -> out.add("Runtime bases, " + p.substring(0, 1).toLowerCase() + p.substring(1)));
        problems.setAll(out);
        tryResult.set(ruleProblems.isEmpty() ? describe(tryImage.get()) : "");
    }

    private String describe(String image) {
        if (image == null || image.isBlank()) return "";
        RuntimeBaseTable t = RuntimeBaseRules.effective(preferences.bundledRuntimeBases(), userRules());
        return t.lookup(image).map(m -> m.alreadyRuntime() ? "already a runtime image (rule " + m.rule() + ")"
                : "→ " + m.runtime() + " (rule " + m.rule() + ")").orElse("no rule matches: the optimizer keeps this base");
    }

    private List<BaseRule> userRules() {
        return rules.stream().filter(RuleRow::userRule).map(RuleRow::rule).toList();
    }

    /** The form as preference values (valid or not). */
    public PreferenceValues values() {
        return new PreferenceValues(dark.get(), fontSize.get(), autoEndpoint.get() ? "" : endpoint.get(), network.get(),
                parallel.get(), backend.get(), userRules());
    }

    /** Applies the form when it is valid; returns false (changing nothing) when it is not. */
    public boolean apply() {
        if (!valid.get()) return false;
        preferences.set(values());
        return true;
    }

    /** Adds an empty rule after the user's other additions (before the bundled rules, so it wins over them). */
    public RuleRow addRule() {
        int at = (int) rules.stream().filter(RuleRow::added).count();
        RuleRow row = new RuleRow(new BaseRule("", "", ""), null);
        rules.add(at, row);
        return row;
    }

    /** Removes a rule the user added, or puts a changed bundled rule back. */
    public void removeOrRevert(RuleRow row) {
        if (row == null) return;
        if (row.added()) rules.remove(row);
        else row.revert();
    }

    /** Moves an added rule one place up or down among the additions (their order decides which matches first). */
    public void move(RuleRow row, int delta) {
        int i = rules.indexOf(row);
        int j = i + delta;
        if (i < 0 || !row.added() || j < 0 || j >= rules.size() || !rules.get(j).added()) return;
        rules.remove(i);
        rules.add(j, row);
    }

    /** Drops every user rule: the table is the bundled one again. */
    public void resetRules() {
        setRules(List.of());
    }

    public BooleanProperty darkProperty() { return dark; }

    public DoubleProperty fontSizeProperty() { return fontSize; }

    public BooleanProperty autoEndpointProperty() { return autoEndpoint; }

    public StringProperty endpointProperty() { return endpoint; }

    public StringProperty networkProperty() { return network; }

    public BooleanProperty parallelProperty() { return parallel; }

    public ObjectProperty<BackendChoice> backendProperty() { return backend; }

    public ObservableList<RuleRow> rules() { return rules; }

    public ObservableList<String> problems() { return problems; }

    public StringProperty endpointProblemProperty() { return endpointProblem; }

    public StringProperty tryImageProperty() { return tryImage; }

    public StringProperty tryResultProperty() { return tryResult; }

    public BooleanBinding validProperty() { return valid; }
}
