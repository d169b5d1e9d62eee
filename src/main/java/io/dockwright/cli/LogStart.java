package io.dockwright.cli;

import io.dockwright.files.DockwrightHome;
import io.dockwright.logging.LogSettings;
import io.dockwright.logging.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Starts the log once the command line is parsed (a {@code --verbose} anywhere in it means debug), then runs the
 * command. Only the real command line ({@link Cli#run}) starts it; tests that run commands in-process do not.
 */
final class LogStart implements CommandLine.IExecutionStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(LogStart.class);
    private final CommandLine.IExecutionStrategy next = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parsed) {
        boolean verbose = verbose(parsed);
        Logging.start(LogSettings.forRun(DockwrightHome.resolve(), verbose, System.getProperty("dockwright.log")));
        Logging.logUncaught();
        LOG.info("dockwright {} {}", VersionProvider.version(), command(parsed)); // the subcommand only: arguments may hold secrets
        return next.execute(parsed);
    }

    static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VerboseOption.NAME)) return true;
        }
        return false;
    }

    private static String command(ParseResult parsed) {
        StringBuilder name = new StringBuilder("(command line)");
        for (ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) name.append(' ').append(p.commandSpec().name());
        return name.toString();
    }
}
