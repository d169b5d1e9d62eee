package io.dockwright.ui.prefs;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable row of the runtime-base table. A bundled row keeps its pattern (only runtime and stack change:
 * that makes it an override); a row the user added is editable throughout.
 */
public final class RuleRow {
    private final StringProperty match = new SimpleStringProperty(this, "match");
    private final StringProperty runtime = new SimpleStringProperty(this, "runtime");
    private final StringProperty stack = new SimpleStringProperty(this, "stack");
    private final BaseRule bundled;
    private final StringBinding origin;

    RuleRow(BaseRule rule, BaseRule bundled) {
        this.bundled = bundled;
        match.set(rule.match());
        runtime.set(rule.runtime());
        stack.set(rule.stack());
        origin = Bindings.createStringBinding(() -> bundled == null ? "added" : bundled.equals(rule()) ? "bundled" : "changed",
                match, runtime, stack);
    }

    public BaseRule rule() { return new BaseRule(match.get(), runtime.get(), stack.get()); }

    /** True for a row the user added (its pattern is editable, it can be removed and moved). */
    public boolean added() { return bundled == null; }

    /** True when the row differs from what Dockwright ships (an addition or an override). */
    public boolean userRule() { return !"bundled".equals(origin.get()); }

    /** Puts a changed bundled row back to the shipped values. */
    void revert() {
        if (bundled == null) return;
        runtime.set(bundled.runtime());
        stack.set(bundled.stack());
    }

    Observable[] observables() { return new Observable[] {match, runtime, stack}; }

    public StringProperty matchProperty() { return match; }

    public StringProperty runtimeProperty() { return runtime; }

    public StringProperty stackProperty() { return stack; }

    /** "added", "changed" or "bundled". */
    public StringBinding originProperty() { return origin; }
}
