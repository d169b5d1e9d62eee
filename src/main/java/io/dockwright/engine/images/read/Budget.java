package io.dockwright.engine.images.read;

/** The limits shared by all layers of one read: entries recorded and bytes captured. */
final class Budget {
    private final int maxEntries;
    private long entries;
    private long captureLeft;

    Budget(int maxEntries, long captureBytes) {
        this.maxEntries = maxEntries;
        this.captureLeft = captureBytes;
    }

    /** Takes one entry; false once the cap is reached. */
    boolean takeEntry() {
        if (entries >= maxEntries) return false;
        entries++;
        return true;
    }

    int maxEntries() {
        return maxEntries;
    }

    boolean takeCapture(long bytes) {
        if (bytes > captureLeft) return false;
        captureLeft -= bytes;
        return true;
    }
}
