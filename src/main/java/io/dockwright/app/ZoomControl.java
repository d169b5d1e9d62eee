package io.dockwright.app;

import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.prefs.PreferenceValues;
import io.dockwright.ui.prefs.Preferences;

/** Editor font zoom (Ctrl +/-/0), remembered in the preferences (which may also set it). */
final class ZoomControl {
    private final EditorView editor;
    private final Preferences prefs;

    ZoomControl(EditorView editor, Preferences prefs) {
        this.editor = editor;
        this.prefs = prefs;
        editor.setFontSize(prefs.get().fontSize());
        prefs.valuesProperty().addListener((o, was, is) -> {
            if (is.fontSize() != editor.fontSize()) editor.setFontSize(is.fontSize());
        });
    }

    void in() { set(editor.fontSize() + 1); }

    void out() { set(editor.fontSize() - 1); }

    void reset() { set(PreferenceValues.DEFAULT_FONT_SIZE); }

    private void set(double size) {
        editor.setFontSize(size);
        prefs.update(v -> v.withFontSize(editor.fontSize()));
    }
}
