package io.dockwright.optimize.recipes.swap;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A jar (or war) built outside the image and copied onto a JDK image (eclipse-temurin:17-jdk, openjdk:17, a maven
 * image, tomcat's JDK variants): running it needs only the JRE, so the base becomes the table's JRE image. Declined
 * when the file runs a tool only the JDK has (javac, jar, jlink, jcmd...), a package manager the JRE image lacks, or
 * names the JDK's own install path.
 */
public final class PrebuiltJavaSwap implements BaseSwap {
    private static final Set<String> JDK_TOOLS = Set.of("javac", "jar", "jlink", "jdeps", "jshell", "jcmd", "jstack", "jmap",
            "jinfo", "jps", "jstat", "jhsdb", "jconsole", "javadoc", "jdb", "jpackage", "jarsigner", "serialver", "native-image",
            "mvn", "mvnw", "gradle", "gradlew", "ant", "sbt", "lein", "kotlinc", "scalac");
    private static final Set<String> OTHER_PACKAGE_MANAGERS = Set.of("microdnf", "dnf", "yum", "apk", "zypper");

    @Override
    public String stack() { return "Java"; }

    @Override
    public Optional<Decision> decide(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        if (!"java".equals(mapping.stack()) || mapping.runtime() == null) return Optional.empty();
        boolean tomcat = f.base.startsWith("tomcat");
        List<String> entry = f.entryWords();
        boolean runsJava = !entry.isEmpty() && (Paths.name(entry.get(0)).equals("java") || entry.contains("java"));
        if (!runsJava && !(tomcat && (entry.isEmpty() || entry.get(0).contains("catalina")))) return Optional.empty();
        Optional<String> jdkTool = jdkTool(f);
        if (jdkTool.isPresent()) {
            return Optional.of(Decision.decline("the file runs " + jdkTool.get() + ", which only the JDK image has"));
        }
        Optional<ShellCommand> manager = f.commands().stream().map(StageFacts.Found::command)
                .filter(c -> OTHER_PACKAGE_MANAGERS.contains(c.tool())).findFirst();
        if (manager.isPresent()) {
            return Optional.of(Decision.decline("the file installs packages with " + manager.get().tool() + ", which "
                    + mapping.runtime() + " does not have"));
        }
        Optional<String> javaHome = f.baseFacts.env("JAVA_HOME");
        Optional<String> runtimeHome = f.options.baseImages().of(mapping.runtime()).flatMap(i -> i.env("JAVA_HOME"));
        if (javaHome.isPresent() && !javaHome.equals(runtimeHome) && mentions(f, javaHome.get())) {
            return Optional.of(Decision.decline("the file names the JDK's folder " + javaHome.get() + ", which " + mapping.runtime()
                    + " does not have"));
        }
        List<String> warnings = new ArrayList<>();
        if (f.any(c -> c.is("apt-get", "apt")) && !sameFamily(f.base, mapping.runtime())) {
            warnings.add("The packages installed with apt-get come from " + mapping.runtime() + "'s distribution now; check their names.");
        }
        String what = tomcat ? "the web application" : "the prebuilt jar";
        return Optional.of(Decision.swap("nothing is compiled in the image: " + what + " only needs a Java runtime, so the JDK ("
                + f.base + ") is replaced by its JRE image " + mapping.runtime(), warnings));
    }

    /** The first JDK-only tool a RUN, CMD, ENTRYPOINT or HEALTHCHECK runs. */
    private static Optional<String> jdkTool(StageFacts f) {
        Optional<String> run = f.commands().stream().map(c -> c.command().tool()).filter(JDK_TOOLS::contains).findFirst();
        if (run.isPresent()) return run;
        for (Instruction i : f.instructions) {
            if (i.keyword() != Keyword.CMD && i.keyword() != Keyword.ENTRYPOINT && i.keyword() != Keyword.HEALTHCHECK) continue;
            for (String w : Source.command(i).split("[\\s\"',\\[\\]]+")) {
                if (JDK_TOOLS.contains(Paths.name(w))) return Optional.of(Paths.name(w));
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(StageFacts f, String path) {
        return f.instructions.stream().anyMatch(i -> f.source.text(i).contains(path));
    }

    private static boolean sameFamily(String base, String runtime) {
        return base.startsWith("eclipse-temurin") || base.startsWith("maven") && base.contains("temurin")
                || base.startsWith("tomcat") && runtime.startsWith("tomcat");
    }
}
