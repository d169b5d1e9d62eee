package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java: Maven or Gradle build in the JDK image. When the CMD runs one jar, the runtime is a Java runtime made by
 * jdeps and jlink from the builder's own JDK (only the modules the jar uses) on a slim OS image; otherwise a JRE image.
 */
public final class JavaRecipe implements Recipe {
    public static final String JLINK = "java-jlink";
    /** Where the runtime keeps the Java runtime (as the official images do). */
    static final String JRE_HOME = "/opt/java/openjdk";
    /** Where the jre stage links it: not JRE_HOME, which holds the builder's own JDK in the official images. */
    static final String LINKED = "/opt/java/jlinked";
    private static final Set<String> GOALS = Set.of("package", "install", "verify", "build", "assemble", "bootJar", "jar",
            "shadowJar", "installDist", "war", "bootWar", "spring-boot:repackage");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?:temurin[-:]|amazoncorretto:|corretto-|openjdk[-:]|jdk-?)(\\d{1,2})(?!\\d)");
    /** What jlink links when jdeps cannot tell (or the jar nests its dependencies, as Spring Boot's do). */
    static final String BROAD_MODULES = "java.se,jdk.unsupported,jdk.management,jdk.zipfs";

    static boolean build(ShellCommand c) {
        return c.is("mvn", "mvnw", "gradle", "gradlew") && c.args().stream().anyMatch(GOALS::contains);
    }

    @Override
    public String stack() { return "Java"; }

    @Override
    public boolean detects(StageFacts f) { return f.any(JavaRecipe::build); }

    @Override
    public Result plan(StageFacts f, RuntimeBaseTable.Mapping mapping, String nl) {
        StageFacts.Found build = f.find(JavaRecipe::build).orElseThrow();
        boolean gradle = build.command().is("gradle", "gradlew");
        String out = StageFacts.resolve(build.command().cwd(), gradle ? "build/libs" : "target");
        List<String> entry = f.entryWords();
        if (entry.isEmpty()) return Result.no("the Java image has no CMD or ENTRYPOINT, so the artifact to copy is unknown");
        int jar = entry.indexOf("-jar");
        String tool = gradle ? "Gradle" : "Maven";
        if (jar < 0 || jar + 1 >= entry.size() || entry.contains("-cp") || entry.contains("-classpath")) {
            if (mapping.noRuntime()) return Result.no(mapping.none() + "; a jlink'd runtime needs the one jar the CMD runs (java -jar)");
            return Result.of(Plan.of(stack(), tool + " builds in the JDK image; the runtime stage needs only a JRE and the build output,"
                    + " not the JDK, the build tool or its dependency cache").artifact(out, "the build output (the CMD does not name a single jar)").build());
        }
        String path = StageFacts.resolve(f.workdirAt(f.entry().get()), entry.get(jar + 1));
        Recipe.Builder plan = Plan.of(stack(), "");
        plan.artifact(path.contains("*") ? path.substring(0, path.lastIndexOf('/')) : path, "the application jar the CMD runs");
        if (!path.startsWith(out + "/")) plan.warn("The CMD runs " + path + ", outside the build output " + out + ".");
        Optional<Integer> java = javaVersion(f.base, mapping);
        boolean jlinkable = !path.contains("*") && java.map(v -> v >= 11).orElse(true);
        if (jlinkable && f.options.accepts(JLINK)) return Result.of(jlink(f, mapping, plan, path, java, build, tool, nl).build());
        if (mapping.noRuntime()) return Result.no(mapping.none());
        String reason = tool + " builds in the JDK image; the runtime stage needs only a JRE and the jar, not the JDK, the build tool"
                + " or its dependency cache";
        plan.reason(reason);
        if (jlinkable) plan.note(jlinkNote(f, build, List.of()));
        return Result.of(plan.build());
    }

    private static Recipe.Builder jlink(StageFacts f, RuntimeBaseTable.Mapping mapping, Recipe.Builder plan, String jar,
                                      Optional<Integer> java, StageFacts.Found build, String tool, String nl) {
        boolean alpine = f.base.contains("alpine") || mapping.runtime() != null && mapping.runtime().contains("alpine");
        String os = alpine ? "alpine:3" : f.table().shellRuntime();
        Optional<String> nested = nestedJars(f);
        String modules = nested.isPresent() ? "modules=\"" + BROAD_MODULES + "\"; \\" + nl
                : "modules=\"$(jdeps --ignore-missing-deps --print-module-deps --multi-release base -q " + jar + ")\" || modules=\"\"; \\" + nl
                + "    [ -n \"$modules\" ] || modules=\"" + BROAD_MODULES + "\"; \\" + nl;
        String compress = java.map(v -> v >= 21).orElse(false) ? "--compress=zip-6" : "--compress=2";
        String builder = f.builderName;
        plan.stage("# Dockwright: a Java runtime with only the modules the jar needs, made by jdeps and jlink from the builder's JDK" + nl
                + "FROM " + builder + " AS jre" + nl
                + "RUN set -eu; \\" + nl
                + "    jdk=\"$(dirname \"$(dirname \"$(readlink -f \"$(command -v jlink)\")\")\")\"; \\" + nl
                + "    " + modules
                + "    if [ -f \"$jdk/jmods/jdk.crypto.ec.jmod\" ]; then modules=\"$modules,jdk.crypto.ec\"; fi; \\" + nl
                + "    jlink --module-path \"$jdk/jmods\" --add-modules \"$modules\" --strip-java-debug-attributes \\" + nl
                + "      --no-header-files --no-man-pages " + compress + " --output " + LINKED + nl + nl);
        plan.runtimeBase(os, "the jlink'd Java runtime needs only the C library and zlib of a slim " + (alpine ? "Alpine" : "Debian") + " image")
                .runtimePrelude("ENV JAVA_HOME=" + JRE_HOME + nl + "ENV PATH=\"" + JRE_HOME + "/bin:$PATH\"" + nl
                        + "COPY --from=jre " + LINKED + " " + JRE_HOME + nl)
                .reason(tool + " builds in the JDK image; jdeps lists the Java modules the jar uses and jlink links a runtime of only"
                        + " those from the builder's JDK, copied onto " + os + ": no JDK, build tool or dependency cache in the final image"
                        + (nested.isPresent() ? " (" + nested.get() + ", so jdeps cannot see its dependencies: jlink takes the Java SE"
                        + " modules instead)" : "; when jdeps cannot tell, the build links the Java SE modules instead"))
                .note(jlinkNote(f, build, List.of(os)));
        plan.warn("The jlink'd runtime holds the modules jdeps found in " + jar + " (plus jdk.crypto.ec for TLS); a module the app only"
                + " loads by reflection or a service (a JDBC driver's java.sql, jdk.localedata for other locales) must be added to"
                + " --add-modules by hand.");
        return plan;
    }

    private static Change jlinkNote(StageFacts f, StageFacts.Found build, List<String> runtime) {
        return new Change(JLINK, ChangeKind.RUNTIME_BASE, "Java runtime made with jdeps + jlink instead of a JRE image",
                "jdeps --print-module-deps lists the modules the jar needs; jlink builds a runtime of those modules from the builder's"
                        + " JDK (--strip-java-debug-attributes --no-header-files --no-man-pages, compressed)"
                        + (runtime.isEmpty() ? "" : ", copied to " + JRE_HOME + " on " + runtime.get(0))
                        + "; if jdeps fails the build links the Java SE modules, so it never fails for that reason.",
                List.of(f.source.lines(build.run())), "A Java runtime of tens of MB instead of the JRE image's ~130 MB.");
    }

    /** Why the jar nests its dependencies (a Spring Boot jar), if the build files say so. */
    private static Optional<String> nestedJars(StageFacts f) {
        for (String file : List.of("pom.xml", "build.gradle", "build.gradle.kts")) {
            String text = f.context.read(file).orElse("");
            if (text.contains("spring-boot-maven-plugin") || text.contains("org.springframework.boot")) {
                return Optional.of(file + " builds a Spring Boot jar, which nests its dependencies");
            }
        }
        return Optional.empty();
    }

    /** The JDK's feature version, from the runtime the table maps to or the builder's tag. */
    static Optional<Integer> javaVersion(String base, RuntimeBaseTable.Mapping mapping) {
        for (String s : new String[] {mapping.runtime(), base}) {
            if (s == null) continue;
            Matcher m = JAVA_VERSION.matcher(s);
            if (m.find()) return Optional.of(Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }
}
