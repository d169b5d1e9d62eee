package io.dockwright;

import io.dockwright.cli.Cli;
import java.util.Set;

/**
 * Entry point of the runnable jar. With a subcommand or an option it runs the CLI headless;
 * otherwise (no argument, or a Dockerfile path) it opens the window.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (isCli(args)) {
            System.exit(Cli.run(args));
        }
        io.dockwright.app.DockwrightApp.launchWindow(args);
    }

    static boolean isCli(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || Cli.subcommandNames().contains(args[0]));
    }
}
