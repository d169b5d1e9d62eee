package io.dockwright.cli;

import io.dockwright.engine.discovery.HostEnvironment;
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
                EngineCommand.class, OptimizeCommand.class, LintCommand.class})
public final class Cli implements Runnable {
    private final HostEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = VerboseOption.NAME, description = "Write debug messages to the log (its path: --version)"
            + " and copy its info messages to stderr.")
    boolean verbose;

    Cli(HostEnvironment env) {
        this.env = env;
    }

    /** The environment the engine commands look in for DOCKER_HOST, the docker context and sockets. */
    HostEnvironment env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return commandLine(HostEnvironment.current());
    }

    /** The command line looking for engines in {@code env} (tests give their own). */
    static CommandLine commandLine(HostEnvironment env) {
        return new CommandLine(new Cli(env)).setCaseInsensitiveEnumValuesAllowed(true); // --fail-on WARNING, --format JSON
    }

    /** The real command line: starts the log, then runs the command. */
    public static int run(String... args) {
        return commandLine().setExecutionStrategy(new LogStart()).execute(args);
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
