package io.dockwright.optimize.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.optimize.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optimizer's view of RUN commands: tools, verbs, flags, written paths and accounts, through the quote-aware splitter. */
class CommandAnalysisTest {

    private static List<ShellCommand> commands(String run) {
        Source src = new Source("FROM debian:bookworm\nWORKDIR /app\n" + run + "\n");
        Instruction i = src.df.instructions().stream().filter(x -> x.keyword() == Keyword.RUN).findFirst().orElseThrow();
        return RunScript.of(src.lint(), i, "/app").commands();
    }

    private static List<String> writes(String run) {
        return commands(run).stream().flatMap(c -> FileWrites.of(c).stream())
                .map(w -> w.path() + (w.repeatable() ? " repeat" : " copy")).toList();
    }

    @Test
    void toolsAreNamedAcrossVersionsWrappersAndPythonModules() {
        List<ShellCommand> c = commands("RUN pip3.11 install -r req.txt && sudo -E python3 -m pip install --user six "
                + "&& env CGO_ENABLED=1 GOOS=linux go build -o /bin/app ./cmd/app");
        assertEquals(List.of("pip", "pip", "go"), c.stream().map(ShellCommand::tool).toList());
        assertTrue(c.get(0).runs("pip", "install") && c.get(1).runs("pip", "install"));
        assertTrue(c.get(1).hasFlag("--user"));
        assertEquals(Optional.of("/bin/app"), c.get(2).flagValue("-o"));
        assertEquals(Optional.of("1"), c.get(2).assignment("CGO_ENABLED"));
        assertEquals(List.of("./cmd/app"), c.get(2).operands(Set.of("-o")));
    }

    @Test
    void quotedTextIsNotACommand() {
        List<ShellCommand> c = commands("RUN echo \"pip install flask && go build .\" > /etc/motd && make");
        assertEquals(List.of("echo", "make"), c.stream().map(ShellCommand::tool).toList());
        assertFalse(c.stream().anyMatch(x -> x.runs("pip", "install") || x.runs("go", "build")));
    }

    @Test
    void writesOutsideTheWorkdirAreFoundWithTheirKind() {
        assertEquals(List.of("/usr/local/bin/tool repeat"), writes("RUN ln -s /app/bin/tool.sh /usr/local/bin/tool"));
        assertEquals(List.of("/usr/local/bin/hello copy"), writes("RUN cp build/hello /usr/local/bin/"));
        assertEquals(List.of("/usr/local/bin/hello copy"), writes("RUN install -m 0755 hello /usr/local/bin"));
        assertEquals(List.of("/etc/app.conf copy", "/etc/app/extra.conf copy"),
                writes("RUN echo a=1 > /etc/app.conf && echo b=2 | tee -a /etc/app/extra.conf"));
        assertEquals(List.of("/var/lib/app repeat", "/var/lib/app repeat", "/var/lib/app repeat"),
                writes("RUN mkdir -p /var/lib/app && chown -R app:app /var/lib/app && chmod 0750 /var/lib/app"));
        assertEquals(List.of("/etc/nginx/conf.d/default.conf copy"), writes("RUN sed -i 's/80/8080/' /etc/nginx/conf.d/default.conf"));
        assertEquals(List.of("/opt/tool repeat"), writes("RUN install -d -m 0755 /opt/tool"));
        assertEquals(List.of("/usr/local/bin/jq copy"), writes("RUN curl -fsSL -o /usr/local/bin/jq https://example.com/jq"));
    }

    @Test
    void scratchPlacesVariablesAndTheCdChainAreFollowed() {
        assertEquals(List.of(), writes("RUN curl -o /tmp/x.tgz https://x && echo y > /dev/null && cp a $DEST && mkdir ~/x"));
        assertEquals(List.of("/opt/app/cfg copy"), writes("RUN cd /opt/app && cp /src/cfg ."), "cd moves relative paths");
        assertEquals(List.of(), writes("RUN cd \"$HOME\" && touch marker"), "an unknown directory is not guessed");
    }

    @Test
    void usersAndGroupsWithTheirHomes() {
        List<UserAccount> a = commands("RUN groupadd -r app && useradd -r -m -g app -d /srv/app app && adduser --disabled-password "
                + "--gecos '' web && adduser -D -h /home/busy busy && addgroup -S grp").stream()
                .map(UserAccount::of).flatMap(Optional::stream).toList();
        assertEquals(List.of("app:group", "app:/srv/app:created", "web:/home/web:created", "busy:/home/busy:created", "grp:group"),
                a.stream().map(u -> u.group() ? u.name() + ":group" : u.name() + ":" + u.home() + (u.createsHome() ? ":created" : "")).toList());
        UserAccount noHome = commands("RUN useradd --system worker").stream().map(UserAccount::of).flatMap(Optional::stream).findFirst().orElseThrow();
        assertFalse(noHome.createsHome(), "useradd creates no home without -m");
    }

    @Test
    void execFormRunIsOneCommandWithoutSpans() {
        List<ShellCommand> c = commands("RUN [\"go\", \"build\", \"-o\", \"/bin/x\", \".\"]");
        assertEquals(1, c.size());
        assertTrue(c.get(0).runs("go", "build"));
        assertTrue(c.get(0).argSpan(0).isEmpty(), "exec form has no shell text to edit");
    }
}
