package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** Java: Maven or Gradle builds in the JDK image; the runtime is a JRE image with the jar. */
public final class JavaRecipe implements Recipe {
    private static final String BUILD = "(\\bmvn|mvnw|\\bgradle|gradlew)\\b.*\\b(package|install|verify|build|assemble|bootJar|jar|shadowJar)\\b";

    @Override
    public String stack() { return "Java"; }

    @Override
    public boolean detects(StageFacts f) { return f.run(BUILD).isPresent(); }

    @Override
    public Result plan(StageFacts f, String nl) {
        Instruction build = f.run(BUILD).orElseThrow();
        boolean gradle = Source.command(build).contains("gradle");
        String out = StageFacts.resolve(f.workdirAt(build), gradle ? "build/libs" : "target");
        List<String> entry = f.entryWords();
        int jar = entry.indexOf("-jar");
        List<Artifact> artifacts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (jar >= 0 && jar + 1 < entry.size() && !entry.contains("-cp") && !entry.contains("-classpath")) {
            String path = StageFacts.resolve(f.workdirAt(f.entry().get()), entry.get(jar + 1));
            String dir = path.substring(0, path.lastIndexOf('/'));
            artifacts.add(new Artifact(path.contains("*") ? dir : path, "the application jar the CMD runs"));
            if (!path.startsWith(out + "/")) warnings.add("The CMD runs " + path + ", outside the build output " + out + ".");
        } else {
            artifacts.add(new Artifact(out, "the build output (the CMD does not name a single jar)"));
        }
        if (f.entryWords().isEmpty()) return Result.no("the Java image has no CMD or ENTRYPOINT, so the artifact to copy is unknown");
        String reason = (gradle ? "Gradle" : "Maven") + " builds in the JDK image; the runtime stage needs only a JRE and the jar,"
                + " not the JDK, the build tool or its dependency cache";
        return Result.of(new Plan(stack(), "", "", "", artifacts, null, reason, warnings));
    }
}
