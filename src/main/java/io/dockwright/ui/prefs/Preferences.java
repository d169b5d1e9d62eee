package io.dockwright.ui.prefs;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.optimize.RuntimeBaseTable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's preferences: the current values (observable), each change saved in the background, and the
 * runtime-base table they make ({@link #runtimeBases()}, a {@code Supplier<RuntimeBaseTable>} for the optimizer).
 * {@link #problemProperty()} holds the load problem to show the user (null when the file was fine).
 */
public final class Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private final PreferencesStore store;
    private final BackgroundExecutor executor;
    private final RuntimeBaseTable bundled;
    private final ReadOnlyObjectWrapper<PreferenceValues> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError");
    private final AtomicReference<PreferenceValues> latest = new AtomicReference<>();
    private volatile RuntimeBaseTable table;

    public Preferences(PreferencesStore store, BackgroundExecutor executor, RuntimeBaseTable bundled) {
        this.store = store;
        this.executor = executor;
        this.bundled = bundled;
        PreferencesStore.Loaded loaded = store.load();
        problem.set(loaded.problem());
        use(loaded.values());
    }

    public PreferenceValues get() { return values.get(); }

    /** Makes {@code next} current and saves it in the background (a failed save is reported, never thrown). */
    public void set(PreferenceValues next) {
        if (next.equals(values.get())) return;
        use(next);
        executor.submit(() -> {
            store.save(latest.get()); // the newest values, so saves finishing out of order still end right
            return true;
        }, ok -> saveError.set(null), e -> {
            LOG.warn("Could not save the preferences to {}", store.file(), e);
            saveError.set("Could not save the preferences to " + store.file() + ": " + e.getMessage());
        });
    }

    public void update(UnaryOperator<PreferenceValues> change) {
        set(change.apply(get()));
    }

    private void use(PreferenceValues v) {
        latest.set(v);
        table = RuntimeBaseRules.effective(bundled, v.baseRules());
        values.set(v);
    }

    /** Writes the current values now (on exit). */
    public void saveNow() throws IOException {
        store.save(latest.get());
    }

    /** The runtime-base table of the current preferences: the bundled one with the user's rules. */
    public RuntimeBaseTable runtimeBases() { return table; }

    /** The table shipped with Dockwright (for "reset to defaults"). */
    public RuntimeBaseTable bundledRuntimeBases() { return bundled; }

    public ReadOnlyObjectProperty<PreferenceValues> valuesProperty() { return values.getReadOnlyProperty(); }

    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
}
