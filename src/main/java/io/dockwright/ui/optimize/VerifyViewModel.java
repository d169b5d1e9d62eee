package io.dockwright.ui.optimize;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.concurrent.CancelToken;
import io.dockwright.optimize.verification.BuildAndVerify;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Outcome;
import io.dockwright.optimize.verification.Verdict;
import io.dockwright.optimize.verification.VerificationListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Optimize page's verification: Verify builds the original and the (possibly hand-edited) rewrite on the
 * engine and compares them in the background; the page shows the verdict, every check with what ran and what was
 * compared, and each finding, a row pointing at the Dockerfile line involved. Until a verification of the current
 * texts ends the status says "unverified"; a new rewrite or an edit makes an earlier verdict stale.
 */
public final class VerifyViewModel {
    static final String UNVERIFIED = "Unverified: the rewrite has not been built or run. Verify builds both and compares what they do.";
    private final BackgroundExecutor executor;
    private final RewriteVerifier verifier;
    private final OptimizeViewModel optimize;
    private final Supplier<RewriteVerifier.Build> build;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", UNVERIFIED);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ObservableList<VerifyRow> rows = FXCollections.observableArrayList();
    private CancelToken cancel = CancelToken.none();
    private String verifiedOriginal;
    private String verifiedText;
    private long generation;

    /** {@code build} is read on each Verify (the Build page's target, build arguments and network). */
    public VerifyViewModel(BackgroundExecutor executor, RewriteVerifier verifier, OptimizeViewModel optimize,
                           Supplier<RewriteVerifier.Build> build) {
        this.executor = executor;
        this.verifier = verifier;
        this.optimize = optimize;
        this.build = build;
        optimize.optimizedProperty().addListener((o, was, text) -> staleUnlessVerified());
        optimize.originalProperty().addListener((o, was, text) -> staleUnlessVerified());
    }

    /** Builds both variants and verifies the rewrite; a second call while one runs is ignored. */
    public void verify() {
        if (running.get()) return;
        if (!optimize.hasRewrite()) {
            status.set("Nothing to verify: optimize first.");
            return;
        }
        long gen = ++generation;
        String original = optimize.originalProperty().get();
        String optimized = optimize.optimizedProperty().get();
        Path file = optimize.dockerfile();
        Path context = file == null ? null : file.toAbsolutePath().getParent();
        if (context == null) {
            status.set("Cannot verify: save the Dockerfile first (its folder is the build context).");
            return;
        }
        RewriteVerifier.Build b;
        try {
            b = build.get();
        } catch (IllegalArgumentException e) {
            status.set("Cannot verify: " + e.getMessage());
            return;
        }
        RewriteVerifier.Request request = new RewriteVerifier.Request(original, optimized, file, context, b.target(), b.buildArgs(),
                b.network());
        CancelToken token = new CancelToken();
        cancel = token;
        running.set(true);
        rows.clear();
        verdict.set(null);
        outcome.set(null);
        status.set("Verifying: building both variants, then running and comparing them…");
        progress.set("");
        executor.submit(() -> verifier.verify(request, listener(gen), token), r -> {
            if (gen == generation) show(r, original, optimized);
        }, e -> {
            if (gen != generation) return;
            running.set(false);
            status.set("Not verified: " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
        });
    }

    /** Stops a running verification (its containers are removed). */
    public void cancel() {
        cancel.cancel();
    }

    private VerificationListener listener(long gen) {
        return new VerificationListener() {
            @Override
            public void onProgress(String message) {
                executor.onUi(() -> {
                    if (gen == generation) progress.set(message);
                });
            }

            @Override
            public void onCheckFinished(CheckResult result) {
                executor.onUi(() -> {
                    if (gen == generation) rows.addAll(VerifyRow.of(result));
                });
            }
        };
    }

    private void show(BuildAndVerify.Result r, String original, String optimized) {
        running.set(false);
        progress.set("");
        Verdict v = r.verdict();
        if (v == null) {
            status.set("Not verified: " + r.stopped());
            return;
        }
        verifiedOriginal = original;
        verifiedText = optimized;
        verdict.set(v);
        outcome.set(v.outcome());
        List<VerifyRow> all = new ArrayList<>();
        v.checks().forEach(c -> all.addAll(VerifyRow.of(c)));
        rows.setAll(all);
        status.set(switch (v.outcome()) {
            case EQUIVALENT -> "Verified: " + v.summary().replaceFirst("^equivalent: ", "") + " (both images built and run)";
            case DIFFERS -> "Differs: " + v.summary().replaceFirst("^differs: ", "");
            case NOT_CHECKED -> "Not verified: " + v.summary().replaceFirst("^not checked: ", "");
        });
    }

    /** An earlier verdict no longer holds when the texts are not the ones verified. */
    private void staleUnlessVerified() {
        if (running.get() || verdict.get() == null || optimize.optimizedProperty().get().equals(verifiedText)
                && optimize.originalProperty().get().equals(verifiedOriginal)) return;
        verdict.set(null);
        outcome.set(null);
        rows.clear();
        status.set("Unverified: the Dockerfile or its rewrite changed since it was verified. Verify again.");
    }

    /** A row was chosen: its line is selected in the original or the optimized text. */
    public void select(VerifyRow row) {
        if (row == null) return;
        if (row.originalLine() > 0) optimize.selectOriginalLine(row.originalLine());
        else if (row.optimizedLine() > 0) optimize.selectOptimizedLine(row.optimizedLine());
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }

    /** The verdict's outcome, or null while unverified. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() { return verdict.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** What runs now (a build, a check), "" when idle. */
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ObservableList<VerifyRow> rows() { return rows; }
}
