package io.dockwright.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same core as the window, for CI. */
@Command(name = "dockwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a single-stage Dockerfile into a lean multi-stage one and proves the gain.",
        subcommands = {CommandLine.HelpCommand.class, ParseCommand.class, GraphCommand.class, CompareCommand.class,
                EngineCommand.class, OptimizeCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Cli());
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static Set<String> subcommandNames() {
        return commandLine().getSubcommands().keySet();
    }
}
