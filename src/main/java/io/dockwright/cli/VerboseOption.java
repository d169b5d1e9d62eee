package io.dockwright.cli;

import picocli.CommandLine.Option;

/** {@code --verbose} for the subcommands that have no verbose output of their own: more in the log. */
public final class VerboseOption {
    static final String NAME = "--verbose";

    @Option(names = NAME, description = "Write debug messages to the log (its path: dockwright --version) and copy its"
            + " info messages to stderr.")
    boolean verbose;
}
