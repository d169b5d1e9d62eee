package io.dockwright.cli;

import io.dockwright.engine.EngineConnection;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineStatus;
import io.dockwright.engine.EngineUnavailableException;
import io.dockwright.engine.discovery.EndpointOrigin;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright engine}: finds the Docker engine and prints what it is and how it was found. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Finds the Docker engine and prints its name, version, API version and OS/arch.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:an engine answered", "4:no Docker engine answered"})
public final class EngineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Option(names = "--engine", description = "Engine endpoint to use instead of discovery.")
    String engine;

    @Option(names = {"-v", VerboseOption.NAME}, description = "Also list every place looked at (and write debug messages to the log).")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineDiscovery discovery = new EngineDiscovery(EngineDiscovery.standardLocators(engine, EndpointOrigin.commandLine()),
                new EngineConnector());
        try (EngineConnection connection = discovery.connect(cli == null ? HostEnvironment.current() : cli.env())) {
            EngineStatus status = connection.status();
            warnSkipped(err, "dockwright engine", connection.unusable(), status);
            out.println(status.summary());
            if (verbose) connection.attempts().forEach(a -> out.println("  " + a));
            out.flush();
            return 0;
        } catch (EngineUnavailableException e) {
            err.println("dockwright engine: " + e.getMessage());
            err.flush();
            return CompareCommand.NO_ENGINE;
        }
    }

    /** On stderr: each endpoint discovery passed over (it cannot be opened), and which engine answered instead. */
    static void warnSkipped(PrintWriter err, String who, java.util.List<EngineDiscovery.Attempt> unusable, EngineStatus used) {
        for (EngineDiscovery.Attempt a : unusable) err.println(who + ": " + a.explanation());
        if (!unusable.isEmpty()) err.println(who + ": using the next engine that answered instead: " + used.endpoint());
        err.flush();
    }
}
