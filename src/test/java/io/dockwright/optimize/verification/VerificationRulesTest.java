package io.dockwright.optimize.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict and the probes without an engine, on values made here. */
class VerificationRulesTest {
    @Test
    void theVerdictIsEquivalentOnlyWhenEveryCheckComparedTheSame() {
        CheckResult eq = CheckResult.compared("config", "Image config", "same", "", "", 1, List.of());
        CheckResult differs = CheckResult.compared("default-command", "Default command", "exit code differs", "", "", 1,
                List.of(Finding.difference("exit code", "0", "1")));
        CheckResult open = CheckResult.notChecked("default-command", "Default command", "a server", "", 1);
        CheckResult http = CheckResult.compared("http-80", "HTTP on port 80", "same", "", "", 1, List.of());
        assertEquals(Outcome.EQUIVALENT, Verdict.of("a", "b", "t", 1, List.of(eq, http), null).outcome());
        assertEquals(Outcome.DIFFERS, Verdict.of("a", "b", "t", 1, List.of(eq, differs, open), null).outcome());
        Verdict notChecked = Verdict.of("a", "b", "t", 1, List.of(eq, open), null);
        assertEquals(Outcome.NOT_CHECKED, notChecked.outcome());
        assertEquals("not checked: Default command: a server", notChecked.summary());
        assertEquals(Outcome.EQUIVALENT, Verdict.of("a", "b", "t", 1, List.of(eq, open.coveredBy("http-80"), http), null).outcome());
        assertEquals("not checked: the engine was lost", Verdict.of("a", "b", "t", 1, List.of(eq), "the engine was lost").summary());
        assertEquals(Outcome.NOT_CHECKED, Verdict.of("a", "b", "t", 1, List.of(), null).outcome());
        assertEquals(List.of("Default command: exit code"), Verdict.of("a", "b", "t", 1, List.of(differs), null).differences());
    }

    @Test
    void theVerdictReadsBackFromItsJson() throws Exception {
        Verdict v = Verdict.of("a", "b", "2024-01-01T00:00:00Z", 5, List.of(CheckResult.compared("config", "Image config", "USER differs",
                "read", "USER", 2, List.of(Finding.difference("USER", "root", "app"), Finding.note("ENV PATH", "x", "y", "adds")))), null);
        String json = new VerdictFormatter().json(v);
        assertTrue(json.contains("\"outcome\" : \"DIFFERS\""), json);
        assertTrue(json.contains("\"kind\" : \"DIFFERENCE\""), json);
        assertEquals(v, new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Verdict.class));
    }

    @Test
    void probesAreParsedWithClearErrors() {
        assertEquals(List.of("/bin/sh", "-c", "ls /app && cat x"), new CommandProbe("ls /app && cat x").argv());
        assertEquals(List.of("python", "-c", "import app"), new CommandProbe("[\"python\", \"-c\", \"import app\"]").argv());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new CommandProbe("[\"ls\", "));
        assertTrue(bad.getMessage().startsWith("probe command [\"ls\",: not a JSON array at column 7: "), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CommandProbe(" "));
        assertThrows(IllegalArgumentException.class, () -> new CommandProbe("[]"));
        assertEquals(new HttpProbe(8080, List.of("/health")), HttpProbe.parse("8080:/health"));
        assertEquals(new HttpProbe(80, List.of("/")), HttpProbe.parse("80"));
        assertEquals("HTTP probe port 70000: must be 1-65535",
                assertThrows(IllegalArgumentException.class, () -> HttpProbe.parse("70000:/")).getMessage());
        assertEquals("HTTP probe path 'health': must start with / and hold no spaces",
                assertThrows(IllegalArgumentException.class, () -> HttpProbe.parse("80:health")).getMessage());
        assertEquals("at <ignored> ok", new IgnoreRule("\\d{2}:\\d{2}").apply("at 12:30 ok"));
        assertEquals("ignore rule '[ab': Unclosed character class at index 2",
                assertThrows(IllegalArgumentException.class, () -> new IgnoreRule("[ab")).getMessage());
        Probes p = new Probes(List.of(), List.of(), List.of(new IgnoreRule("id=\\w+"), new IgnoreRule("\\d+ ms")));
        assertEquals("<ignored> took <ignored>", p.scrub("id=abc took 12 ms"));
    }
}
