package io.dockwright.ui.editor;

/**
 * What other features (the stage graph, the build panel) may do with the editor: read its text, select a
 * range and make an ordinary undoable edit. Implemented by the editor view; call on the FX thread.
 */
public interface TextEditor {
    String text();

    /** Selects {@code [start, end)}, scrolls to it and focuses the editor. */
    void select(int start, int end);

    /** Replaces {@code [start, end)} with {@code replacement} as one undoable edit. */
    void replace(int start, int end, String replacement);
}
