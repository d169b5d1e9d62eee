package io.dockwright.app;

import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.files.Settings;

/** Editor font zoom (Ctrl +/-/0), remembered in the settings. */
final class ZoomControl {
    private static final double DEFAULT = 14;
    private final EditorView editor;
    private final Settings settings;

    ZoomControl(EditorView editor, Settings settings) {
        this.editor = editor;
        this.settings = settings;
        editor.setFontSize(settings.fontSize());
    }

    void in() { set(editor.fontSize() + 1); }

    void out() { set(editor.fontSize() - 1); }

    void reset() { set(DEFAULT); }

    private void set(double size) {
        editor.setFontSize(size);
        settings.setFontSize(editor.fontSize());
    }
}
