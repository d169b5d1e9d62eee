package io.dockwright.optimize.verification;

/** Hears a verification's progress, on its worker thread (a view model hands the events to the UI thread). */
public interface VerificationListener {
    default void onCheckStarted(String id, String title) {}

    /** What runs now, e.g. "running the optimized image's default command". */
    default void onProgress(String message) {}

    default void onCheckFinished(CheckResult result) {}

    VerificationListener NONE = new VerificationListener() {};
}
