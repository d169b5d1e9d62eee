package io.dockwright;

import io.dockwright.cli.Cli;
import java.util.Map;

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
        String noDisplay = noDisplayReason(System.getProperty("os.name", ""), System.getenv());
        if (noDisplay != null) {
            System.err.println("dockwright: " + noDisplay);
            System.exit(2);
        }
        try {
            io.dockwright.app.DockwrightApp.launchWindow(args);
        } catch (RuntimeException e) {
            System.err.println("dockwright: cannot open the window: " + e.getMessage()
                    + "\nThe command line works without a window: dockwright --help");
            System.exit(2);
        }
    }

    static boolean isCli(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || Cli.subcommandNames().contains(args[0]));
    }

    /** On Linux the window needs an X11 or Wayland display; says so instead of a toolkit stack trace. */
    static String noDisplayReason(String osName, Map<String, String> env) {
        boolean linux = osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean hasDisplay = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (!linux || hasDisplay) return null;
        return "no display to open the window on (DISPLAY is not set).\n"
                + "Run it in a desktop session, or use the command line: dockwright --help "
                + "(subcommands: " + String.join(", ", Cli.subcommandNames()) + ")";
    }
}
