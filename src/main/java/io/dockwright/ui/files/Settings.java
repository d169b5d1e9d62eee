package io.dockwright.ui.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Small per-user settings (theme, font size) in a properties file; a corrupt file reads as defaults. */
public final class Settings {
    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    public double fontSize() {
        try {
            double size = Double.parseDouble(values.getProperty("editor.fontSize", "14"));
            return size >= 8 && size <= 48 ? size : 14;
        } catch (NumberFormatException e) {
            return 14;
        }
    }

    public void setFontSize(double size) {
        values.setProperty("editor.fontSize", Double.toString(size));
    }

    public void save() throws IOException {
        StringWriter w = new StringWriter();
        values.store(w, "Dockwright settings");
        TextFiles.writeAtomically(file, w.toString().getBytes(StandardCharsets.UTF_8));
    }
}
