package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionModelTest {
    private final CompletionModel model = new CompletionModel();

    private List<String> labels(String text) {
        return model.complete(text, text.length(), List.of("builder", "assets")).stream().map(Completion::label).toList();
    }

    @Test
    void keywordsAtLineStartFilteredByPrefixCaseInsensitively() {
        assertEquals(List.of("COPY", "CMD").stream().sorted().toList(), labels("FROM a\nc").stream().sorted().toList());
        assertTrue(labels("FROM a\n").containsAll(List.of("RUN", "WORKDIR", "HEALTHCHECK")));
        Completion run = model.complete("ru", 2, List.of()).get(0);
        assertEquals("RUN ", run.insert());
        assertEquals(0, run.replaceFrom());
    }

    @Test
    void flagsOfTheCurrentInstruction() {
        assertEquals(List.of("--from", "--chown", "--chmod", "--link", "--parents", "--exclude"), labels("COPY --"));
        assertEquals(List.of("--mount"), labels("RUN --m"));
        assertEquals(List.of("--platform"), labels("FROM --"));
        assertEquals(List.of(), labels("USER --"));
    }

    @Test
    void stageNamesAfterFromAndInMounts() {
        assertEquals(List.of("builder", "assets"), labels("COPY --from="));
        assertEquals(List.of("builder"), labels("COPY --from=b"));
        assertEquals(List.of("assets"), labels("RUN --mount=type=cache,from=a"));
        Completion c = model.complete("COPY --from=bu", 14, List.of("builder")).get(0);
        assertEquals(12, c.replaceFrom());
    }

    @Test
    void nothingInsideArgumentsOrComments() {
        assertEquals(List.of(), labels("RUN apt-get"));
        assertEquals(List.of(), labels("# comm"));
    }
}
