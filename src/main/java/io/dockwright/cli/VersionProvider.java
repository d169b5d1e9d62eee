package io.dockwright.cli;

import picocli.CommandLine;

/** Reads the version Maven filtered into {@code version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
        var props = new java.util.Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/io/dockwright/version.properties")) {
            if (in != null) props.load(in);
        }
        return new String[] {"dockwright " + props.getProperty("version", "dev")};
    }
}
