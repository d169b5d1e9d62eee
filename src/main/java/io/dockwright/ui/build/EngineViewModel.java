package io.dockwright.ui.build;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.EngineDiscovery;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine line of the build panel: who answered (name, version, API, OS/arch), or that none did (with
 * every attempt and how to get one), or that the connection was lost. Checks run in the background; while
 * no engine answers the view retries on a timer ({@link #heartbeat()}).
 */
public final class EngineViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(EngineViewModel.class);
    public enum State { UNKNOWN, CHECKING, CONNECTED, UNAVAILABLE, LOST }

    private final BackgroundExecutor executor;
    private final EngineAccess access;
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.UNKNOWN);
    private final ObjectProperty<EngineStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "Engine not checked yet");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final StringProperty skipped = new SimpleStringProperty(this, "skipped", "");
    private final ObservableList<EngineDiscovery.Attempt> attempts = FXCollections.observableArrayList();
    private boolean checking;

    public EngineViewModel(BackgroundExecutor executor, EngineAccess access) {
        this.executor = executor;
        this.access = access;
    }

    /** Checks the engine now (on start, on demand, after the endpoint changed). */
    public void check() {
        if (checking) return;
        checking = true;
        if (state.get() != State.CONNECTED && state.get() != State.LOST) state.set(State.CHECKING);
        if (state.get() == State.CHECKING) summary.set("Looking for a Docker engine…");
        String wanted = endpoint.get();
        executor.submit(() -> access.check(wanted), this::connected, this::failed);
    }

    /** Called periodically: re-checks when idle, so a lost engine is noticed and a returning one reconnected. */
    public void heartbeat() {
        check();
    }

    private void connected(EngineAccess.Checked checked) {
        checking = false;
        EngineStatus s = checked.status();
        skipped.set(checked.unusable().stream().map(EngineDiscovery.Attempt::explanation)
                .map(why -> why + " Using " + s.endpoint() + " instead.").collect(java.util.stream.Collectors.joining("\n")));
        if (state.get() != State.CONNECTED) LOG.info("Engine: {}", s.summary());
        status.set(s);
        state.set(State.CONNECTED);
        summary.set(s.name() + " " + s.version() + " · API " + s.apiVersion() + " · " + s.os() + "/" + s.arch());
        details.set("Connected at " + s.endpoint());
        attempts.clear();
    }

    private void failed(Throwable e) {
        checking = false;
        boolean wasConnected = state.get() == State.CONNECTED || state.get() == State.LOST;
        if (state.get() == State.CONNECTED || state.get() == State.CHECKING || state.get() == State.UNKNOWN) {
            LOG.info("Engine {}: {}", wasConnected ? "lost" : "not found", e.getMessage(), e instanceof EngineUnavailableException ? null : e);
        }
        status.set(null);
        skipped.set("");
        state.set(wasConnected ? State.LOST : State.UNAVAILABLE);
        summary.set(wasConnected ? "Engine connection lost, retrying…"
                : "No Docker engine found (editing, graph and export still work)");
        details.set(e instanceof EngineUnavailableException u && u.getMessage() != null ? u.getMessage()
                : "Engine check failed: " + e);
        attempts.setAll(e instanceof EngineUnavailableException u ? u.attempts() : List.of());
    }

    /** Marks the engine as lost after a build could not reach it (the next heartbeat retries). */
    void lost(String why) {
        if (state.get() == State.CONNECTED) {
            state.set(State.LOST);
            summary.set("Engine connection lost, retrying…");
            details.set(why);
        }
    }

    public boolean isConnected() { return state.get() == State.CONNECTED; }

    public StringProperty endpointProperty() { return endpoint; }

    public ObjectProperty<State> stateProperty() { return state; }

    public ObjectProperty<EngineStatus> statusProperty() { return status; }

    public StringProperty summaryProperty() { return summary; }

    public StringProperty detailsProperty() { return details; }

    /**
     * While connected: the endpoints discovery passed over because Dockwright cannot open them (e.g. DOCKER_HOST=ssh://),
     * each with why and what to do, one per line; empty when none.
     */
    public StringProperty skippedProperty() { return skipped; }

    /** Where discovery looked in the last failed check (empty while connected). */
    public ObservableList<EngineDiscovery.Attempt> attempts() { return attempts; }
}
