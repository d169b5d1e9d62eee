package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.Source;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.facts.ImageFacts;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A jar (or war) built outside the image and copied onto a JDK image (eclipse-temurin:17-jdk, openjdk:17, a maven
 * image, tomcat's JDK tags) with no build step: running it needs only a JRE, so the base alone becomes the table's JRE
 * image (change {@code jre-base}). Declined with the reason when the file runs a tool only the JDK has (javac, jar,
 * jlink, jcmd...), a package manager the JRE image lacks, or names the JDK's own folder.
 */
final class JreBaseSwap {
    public static final String ID = "jre-base";
    private static final Set<String> JDK_TOOLS = Set.of("javac", "jar", "jlink", "jdeps", "jshell", "jcmd", "jstack", "jmap",
            "jinfo", "jps", "jstat", "jhsdb", "jconsole", "javadoc", "jdb", "jpackage", "jarsigner", "serialver", "native-image",
            "mvn", "mvnw", "gradle", "gradlew", "ant", "sbt", "lein", "kotlinc", "scalac");
    private static final Set<String> OTHER_PACKAGE_MANAGERS = Set.of("microdnf", "dnf", "yum", "apk", "zypper");

    /** The swap, or why not. */
    record Result(Pass.Output output, String reason) {}

    private JreBaseSwap() {}

    static Result of(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        String why = whyNot(f, mapping);
        return why != null ? new Result(null, why) : new Result(swap(f, mapping), null);
    }

    private static String whyNot(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        if (mapping.runtime() == null) return mapping.noRuntime() ? mapping.none() : "the base is already a runtime image";
        String raw = f.instructions.get(0).args().get(0).value();
        if (raw.contains("$") && f.table().lookup(raw).isEmpty()) {
            return "the base is a build argument; pass the JRE image (" + mapping.runtime() + ") as its value to save the same";
        }
        boolean tomcat = f.base.startsWith("tomcat");
        List<String> entry = f.entryWords();
        boolean runsJava = !entry.isEmpty() && Paths.name(entry.get(0)).equals("java");
        if (!runsJava && !(tomcat && (entry.isEmpty() || entry.get(0).contains("catalina")))) return "the CMD does not run java";
        Optional<String> jdkTool = jdkTool(f);
        if (jdkTool.isPresent()) return "the file runs " + jdkTool.get() + ", which only the JDK image has";
        Optional<ShellCommand> manager = f.commands().stream().map(StageFacts.Found::command)
                .filter(c -> OTHER_PACKAGE_MANAGERS.contains(c.tool())).findFirst();
        if (manager.isPresent()) {
            return "the file installs packages with " + manager.get().tool() + ", which " + mapping.runtime() + " does not have";
        }
        Optional<String> javaHome = f.baseFacts.env("JAVA_HOME");
        Optional<String> runtimeHome = f.options.baseImages().of(mapping.runtime()).flatMap(i -> i.env("JAVA_HOME"));
        if (javaHome.isPresent() && !javaHome.equals(runtimeHome) && f.instructions.stream().anyMatch(i -> f.source.text(i).contains(javaHome.get()))) {
            return "the file names the JDK's folder " + javaHome.get() + ", which " + mapping.runtime() + " does not have";
        }
        return null;
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

    private static Pass.Output swap(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        Instruction from = f.instructions.get(0);
        Word image = from.args().get(0);
        TextEdits edits = new TextEdits().replace(image.span().start(), image.span().end(), mapping.runtime());
        List<String> warnings = new ArrayList<>();
        String wd = f.baseFacts.effectiveWorkingDir();
        String runtimeWd = f.options.baseImages().of(mapping.runtime()).map(ImageFacts::effectiveWorkingDir).orElse("/");
        if (!f.setsWorkdir() && !wd.equals(runtimeWd)) {
            edits.insert(f.source.blockEnd(from), "WORKDIR " + wd + f.source.nl);
            warnings.add("WORKDIR " + wd + " is set: " + mapping.runtime() + " starts in " + runtimeWd + ", " + f.base + " in " + wd + ".");
        }
        if (f.any(c -> c.is("apt-get", "apt")) && !f.base.contains("temurin") && !f.base.startsWith("tomcat")) {
            warnings.add("The packages installed with apt-get now come from " + mapping.runtime() + "'s distribution; check their names.");
        }
        String what = f.base.startsWith("tomcat") ? "the web application" : "the prebuilt jar";
        Change change = new Change(ID, ChangeKind.RUNTIME_BASE, "Base " + image.value() + " swapped for " + mapping.runtime(),
                "There is no build step to split off: nothing is compiled in the image, and " + what + " needs only a Java runtime,"
                        + " not the JDK's compiler and tools. The runtime base table maps '" + mapping.rule() + "' to '" + mapping.runtime()
                        + "'" + (mapping.why() == null ? "." : ": " + mapping.why() + "."),
                List.of(f.source.lines(from)), "The image drops the JDK's compiler and tools (unverified until both are built and compared).");
        return new Pass.Output(edits.apply(f.source.text), List.of(change), warnings,
                List.of(new Pass.Fate(f.source.firstLine(from), "base swapped for " + mapping.runtime(), ID)));
    }
}
