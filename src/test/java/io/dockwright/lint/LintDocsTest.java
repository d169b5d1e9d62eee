package io.dockwright.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LintDocsTest {
    @Test
    void theRuleTableListsEveryRuleWithItsSeverityAndLink() throws IOException {
        String doc = Files.readString(Path.of("docs/lint.md"));
        for (Rule r : Linter.standard().rules()) {
            String row = "| " + r.id() + " | " + String.join(", ", r.aliases()) + " | "
                    + r.severity().name().toLowerCase(java.util.Locale.ROOT) + " | " + r.title() + " | [doc](" + r.url() + ") |";
            assertTrue(doc.contains(row), "docs/lint.md lacks or misstates: " + row);
        }
    }

    @Test
    void idsAreUniqueAndLinksFollowTheTwoPatterns() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Linter.standard().rules()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            r.aliases().forEach(a -> assertTrue(Linter.standard().rule(a).isEmpty(), a + " is both alias and id"));
        }
        assertEquals("https://docs.docker.com/go/dockerfile/rule/json-args-recommended/", Rule.urlOf("JSONArgsRecommended"));
        assertEquals("https://docs.docker.com/go/dockerfile/rule/from-as-casing/", Rule.urlOf("FromAsCasing"));
        assertEquals("https://github.com/hadolint/hadolint/wiki/DL3007", Rule.urlOf("DL3007"));
    }
}
