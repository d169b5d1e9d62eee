package io.dockwright.cli;

import io.dockwright.files.DockwrightHome;
import io.dockwright.logging.LogSettings;
import io.dockwright.logging.Logging;
import picocli.CommandLine;

/** {@code --version}: the version Maven filtered into {@code version.properties}, and where the log is. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Logging.Status log = Logging.status();
        String where = log.file() != null ? log.file().toString()
                : log.problem().equals(Logging.NOT_STARTED) ? LogSettings.fileUnder(DockwrightHome.resolve()).toString()
                : log.describe();
        return new String[] {"dockwright " + version(), "log: " + where};
    }

    /** The version Maven filtered into {@code version.properties} ("dev" when run from unfiltered classes). */
    public static String version() {
        var props = new java.util.Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/io/dockwright/version.properties")) {
            if (in != null) props.load(in);
        } catch (java.io.IOException e) {
            return "dev";
        }
        return props.getProperty("version", "dev");
    }
}
