package io.dockwright.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same core as the window, for CI. */
@Command(name = "dockwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a single-stage Dockerfile into a lean multi-stage one and proves the gain.",
        subcommands = {CommandLine.HelpCommand.class, ParseCommand.class, GraphCommand.class, CompareCommand.class,
                EngineCommand.class, OptimizeCommand.class, LintCommand.class, InspectCommand.class, DiffCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Cli()).setCaseInsensitiveEnumValuesAllowed(true); // --fail-on WARNING, --format JSON
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The subcommands' names and aliases, read from the annotations: the window's start asks for them, and
     * building picocli's whole command model for that took a tenth of the start.
     */
    public static Set<String> subcommandNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> sub : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return names;
    }
}
