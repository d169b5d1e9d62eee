package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prebuilt artifacts on a full image: the base itself becomes the runtime image (#15, change jre-base). */
class JreBaseSwapTest {
    @TempDir
    Path dir;

    private Optimized swapped(String text, Map<String, String> files) {
        Optimized o = Optimized.project(dir, text, files).wellFormed().idempotent();
        assertTrue(o.hasChange("jre-base"), () -> o.result.text() + "\n" + o.result.warnings());
        assertEquals(1, o.graph.stages().size(), o.result.text());
        return o;
    }

    private String declined(String text, Map<String, String> files) {
        OptimizationResult r = Optimized.project(dir, text, files).wellFormed().result;
        assertFalse(r.changes().stream().anyMatch(c -> c.id().equals("jre-base")), r.text());
        String all = (r.unchangedReason() == null ? "" : r.unchangedReason()) + " " + String.join(" ", r.warnings());
        assertTrue(all.contains("no build step of a known stack") && all.contains("the base is kept: "), all);
        return all;
    }

    @Test
    void prebuiltJarOnATemurinJdkRunsOnItsJre() {
        String text = "FROM eclipse-temurin:17-jdk\nWORKDIR /app\nCOPY target/app.jar app.jar\nEXPOSE 8080\nCMD [\"java\", \"-jar\", \"app.jar\"]\n";
        Optimized o = swapped(text, Map.of());
        assertEquals("eclipse-temurin:17-jre", o.graph.stages().get(0).base());
        assertTrue(o.result.text().endsWith("WORKDIR /app\nCOPY target/app.jar app.jar\nEXPOSE 8080\nCMD [\"java\", \"-jar\", \"app.jar\"]\n"));
        Change c = o.change("jre-base");
        assertTrue(c.reason().contains("prebuilt jar needs only a Java runtime") && c.reason().contains("eclipse-temurin:17-jre"), c.reason());
        assertTrue(c.effect().contains("unverified"), c.effect());
        assertTrue(o.fate(1).startsWith("base swapped for eclipse-temurin:17-jre"), o.fate(1));
    }

    @Test
    void openjdkAndMavenImagesWithAJarMoveToTemurinsJre() {
        String jar = "COPY app.jar /srv/app.jar\nENTRYPOINT [\"java\", \"-Xmx256m\", \"-jar\", \"/srv/app.jar\"]\n";
        assertEquals("eclipse-temurin:17-jre", swapped("FROM openjdk:17-jdk-slim\n" + jar, Map.of()).graph.stages().get(0).base());
        assertEquals("eclipse-temurin:17-jre", swapped("FROM maven:3.9-eclipse-temurin-17\n" + jar, Map.of()).graph.stages().get(0).base());
    }

    @Test
    void tomcatJdkWithAWarMovesToTheJreVariant() {
        Optimized o = swapped("FROM tomcat:10.1-jdk17\nCOPY app.war /usr/local/tomcat/webapps/ROOT.war\n", Map.of());
        assertEquals("tomcat:10.1-jre17", o.graph.stages().get(0).base());
    }

    @Test
    void jdkToolsOtherPackageManagersAndTheJdkPathAreDeclinedWithTheReason() {
        String jcmd = "FROM eclipse-temurin:17-jdk\nCOPY app.jar /app.jar\nHEALTHCHECK CMD jcmd 1 VM.version\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n";
        assertTrue(declined(jcmd, Map.of()).contains("runs jcmd, which only the JDK image has"));
        String dnf = "FROM openjdk:17\nRUN microdnf install -y procps\nCOPY app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n";
        assertTrue(declined(dnf, Map.of()).contains("installs packages with microdnf"));
        String javac = "FROM eclipse-temurin:17-jdk\nWORKDIR /s\nCOPY . .\nRUN javac Main.java\nCMD [\"java\", \"Main\"]\n";
        assertTrue(declined(javac, Map.of()).contains("runs javac"));
    }

}
