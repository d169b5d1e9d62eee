package io.dockwright.lint;

import static io.dockwright.lint.LintTestSupport.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {
    private static List<List<String>> split(String script) {
        return ShellScript.parse(script, new int[script.length()]).commands().stream()
                .map(c -> c.words().stream().map(ShellScript.Part::value).toList()).toList();
    }

    @Test
    void splitsOnOperatorsAndDropsRedirectionsAndAssignments() {
        assertEquals(List.of(List.of("a", "x y"), List.of("b"), List.of("c"), List.of("d", "-v"), List.of("e"),
                        List.of("f")),
                split("a 'x y' && b || c; DEBIAN_FRONTEND=noninteractive d -v >/dev/null 2>&1 | e & f"));
    }

    @Test
    void substitutionsQuotesAndCompoundKeywordsStayInOrder() {
        assertEquals(List.of(List.of("echo", "$(cd /x && pwd)"), List.of("test", "-f", "a"), List.of("rm", "a")),
                split("echo $(cd /x && pwd)\nif test -f a; then rm a; fi"));
        assertEquals(List.of(List.of("echo", "a && b")), split("echo \"a && b\""));
        assertEquals(List.of(List.of("echo", "unterminated")), split("echo 'unterminated"));
        assertEquals(List.of(List.of("cat")), split("cat <<EOF"));
    }

    @Test
    void spansFollowContinuationsAndCommentLines() {
        String text = "FROM a:1\nRUN make \\\n# comment with cd inside\n    && cd /x \\\n && sudo true\n";
        assertEquals(List.of("DL3003@4:8[cd]", "DL3004@5:5[sudo]"),
                render(text).stream().filter(s -> s.startsWith("DL300")).toList());
    }

    @Test
    void spansFollowABacktickEscape() {
        String text = "# escape=`\nFROM a:1\nRUN make `\n\n && cd C:\\x\n";
        assertEquals(List.of("DL3003@5:5[cd]"), render(text, "DL3003"));
    }

    @Test
    void heredocScriptsAreLintedAndJsonRunIsNot() {
        String text = "FROM a:1\nRUN <<EOF\nset -e\ncd /src\nEOF\nRUN [\"sh\", \"-c\", \"cd /x | y\"]\n"
                + "RUN python3 <<EOF\nimport os; os.system('cd /')\nEOF\n";
        assertEquals(List.of("DL3003@4:1[cd]"), render(text, "DL3003"));
        assertEquals(List.of(), render(text, "DL4006"));
    }

    @Test
    void assignmentsAndRedirectionTargetsAreKeptApartFromTheWords() {
        String script = "CGO_ENABLED=1 GOOS=linux go build -o app . 2>&1 >/tmp/log && echo x >> /etc/app.conf; cmd &> out";
        List<ShellScript.Command> c = ShellScript.parse(script, new int[script.length()]).commands();
        assertEquals(List.of("CGO_ENABLED=1", "GOOS=linux"), c.get(0).assignments().stream().map(ShellScript.Part::value).toList());
        assertEquals(List.of("go", "build", "-o", "app", "."), c.get(0).words().stream().map(ShellScript.Part::value).toList());
        assertEquals(List.of("2>&:1:false", ">:/tmp/log:true"), c.get(0).redirects().stream()
                .map(r -> r.operator() + ":" + r.target().value() + ":" + r.writes()).toList());
        assertEquals(List.of(">>:/etc/app.conf:true"), c.get(1).redirects().stream()
                .map(r -> r.operator() + ":" + r.target().value() + ":" + r.writes()).toList());
        assertEquals(List.of("&>:out:true"), c.get(2).redirects().stream()
                .map(r -> r.operator() + ":" + r.target().value() + ":" + r.writes()).toList());
    }
}
