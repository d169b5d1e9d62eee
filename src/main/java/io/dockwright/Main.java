package io.dockwright;

import io.dockwright.cli.Cli;
import io.dockwright.cli.VersionProvider;
import io.dockwright.files.DockwrightHome;
import io.dockwright.logging.LogSettings;
import io.dockwright.logging.Logging;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the runnable jar. With a subcommand or an option it runs the CLI headless;
 * otherwise (no argument, or a Dockerfile path, after an optional {@code --verbose}) it opens the window.
 */
public final class Main {
    private Main() {}

    static final String VERBOSE = "--verbose";

    public static void main(String[] args) {
        if (isCli(args)) {
            System.exit(Cli.run(args));
        }
        boolean verbose = args.length > 0 && args[0].equals(VERBOSE);
        if (verbose) args = Arrays.copyOfRange(args, 1, args.length);
        Logging.Status log = Logging.start(LogSettings.forRun(DockwrightHome.resolve(), verbose, System.getProperty("dockwright.log")));
        Logging.logUncaught();
        LoggerFactory.getLogger(Main.class).info("Dockwright {} window, Java {}, log {}", VersionProvider.version(),
                System.getProperty("java.version"), log.describe());
        String noDisplay = noDisplayReason(System.getProperty("os.name", ""), System.getenv());
        if (noDisplay != null) {
            System.err.println("dockwright: " + noDisplay);
            System.exit(2);
        }
        try {
            io.dockwright.app.DockwrightApp.launchWindow(args);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("Cannot open the window", e);
            System.err.println("dockwright: cannot open the window: " + e.getMessage()
                    + "\nThe command line works without a window: dockwright --help");
            System.exit(2);
        }
    }

    /** A subcommand or an option runs the CLI; {@code --verbose} alone or before a file opens the window. */
    static boolean isCli(String[] args) {
        if (args.length == 0) return false;
        if (args[0].equals(VERBOSE)) return args.length > 1 && isCli(Arrays.copyOfRange(args, 1, args.length));
        return args[0].startsWith("-") || Cli.subcommandNames().contains(args[0]);
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
