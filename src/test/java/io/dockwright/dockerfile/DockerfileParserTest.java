package io.dockwright.dockerfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Focused cases for the parser's tricky parts. */
class DockerfileParserTest {
    static Dockerfile parse(String text) {
        Dockerfile file = DockerfileParser.parse(text);
        assertNull(Invariants.violation(file));
        return file;
    }

    static String at(Dockerfile file, Span span) {
        return file.text().substring(span.start(), span.end());
    }

    static List<String> codes(Dockerfile file) {
        return file.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void heredocBodyFollowsTheInstructionLine() {
        Dockerfile f = parse("FROM alpine\nRUN <<EOF\necho a\n  echo b\nEOF\nUSER x\n");
        Instruction run = f.instructions().get(1);
        Heredoc doc = run.heredocs().get(0);
        assertEquals("EOF", doc.name());
        assertEquals("echo a\n  echo b\n", doc.content());
        assertFalse(doc.quoted());
        assertEquals("<<EOF", at(f, doc.marker()));
        assertEquals("echo a\n  echo b\nEOF", at(f, doc.span()));
        assertEquals("RUN <<EOF\necho a\n  echo b\nEOF", at(f, run.span()));
        assertEquals(List.of("FROM", "RUN", "USER"), f.instructions().stream().map(Instruction::keywordText).toList());
        assertEquals("(from \"alpine\")\n(run \"<<EOF\")\n(user \"x\")", BuildkitDump.dump(f));
        assertEquals(List.of(), f.diagnostics());
    }

    @Test
    void severalHeredocsQuotedAndTabStripped() {
        Dockerfile f = parse("FROM a\nCOPY <<A <<-\"B\" /dst/\none\nA\n\ttwo\n\tB\nRUN x\n");
        List<Heredoc> docs = f.instructions().get(1).heredocs();
        assertEquals(2, docs.size());
        assertEquals("one\n", docs.get(0).content());
        assertEquals("B", docs.get(1).name());
        assertTrue(docs.get(1).stripTabs());
        assertTrue(docs.get(1).quoted());
        assertEquals("\ttwo\n", docs.get(1).content());
        assertEquals("two\n", docs.get(1).body());
        assertEquals("one\n", docs.get(0).body());
        assertEquals("<<-\"B\"", at(f, docs.get(1).marker()));
        assertEquals(Keyword.RUN, f.instructions().get(2).keyword());
        assertTrue(kinds(f, "\tB").contains(TokenKind.HEREDOC_MARKER));
        assertTrue(kinds(f, "two").contains(TokenKind.HEREDOC_BODY));
    }

    @Test
    void heredocEdgeCasesAsBuildkitReadsThem() {
        Dockerfile f = parse("FROM a\nUSER <<NOPE\nNOPE\nRUN 3<<EMPTY\nEMPTY\nRUN <<-UN\n\tx\n\tUN\n"
                + "COPY <<X <<Y /d\nY\nX\nX\nY\nRUN <<'OPEN\nUSER z\n");
        List<Instruction> ins = f.instructions();
        assertEquals(List.of(), ins.get(1).heredocs());
        assertEquals(Keyword.UNKNOWN, ins.get(2).keyword());
        assertEquals("", ins.get(3).heredocs().get(0).content());
        assertEquals("EMPTY", ins.get(3).heredocs().get(0).name());
        assertEquals("\tx\n", ins.get(4).heredocs().get(0).content());
        assertEquals(List.of("Y\n", "X\n"), ins.get(5).heredocs().stream().map(Heredoc::content).toList());
        assertEquals(List.of(), ins.get(6).heredocs());
        assertEquals(Keyword.USER, ins.get(7).keyword());
    }

    @Test
    void singleQuotedHeredocAndRedirection() {
        Dockerfile f = parse("FROM a\nRUN cat <<'EOT' > /etc/x\n$HOME\nEOT\n");
        Heredoc doc = f.instructions().get(1).heredocs().get(0);
        assertEquals("EOT", doc.name());
        assertTrue(doc.quoted());
        assertEquals("$HOME\n", doc.content());
    }

    @Test
    void noHeredocInJsonFormOrQuotesOrOtherInstructions() {
        Dockerfile f = parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nRUN echo \"<<EOF\"\nENV X=<<EOF\nRUN a<<EOF\n");
        for (Instruction i : f.instructions()) assertEquals(List.of(), i.heredocs(), i.keywordText());
        assertEquals(5, f.instructions().size());
    }

    @Test
    void onbuildTriggerCanOpenAHeredoc() {
        Dockerfile f = parse("FROM a\nONBUILD RUN <<EOF\nx\nEOF\n");
        Instruction onbuild = f.instructions().get(1);
        assertEquals("x\n", onbuild.heredocs().get(0).content());
        assertEquals(Keyword.RUN, onbuild.trigger().keyword());
    }

    @Test
    void unterminatedHeredocIsAnErrorAtItsMarker() {
        Dockerfile f = parse("FROM a\nRUN <<EOF cat\nline\n");
        Diagnostic d = f.diagnostics().get(0);
        assertEquals("unterminated-heredoc", d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("<<EOF", at(f, d.span()));
        assertEquals("line\n", f.instructions().get(1).heredocs().get(0).content());
        assertTrue(DockerfileParser.rejectedByBuildkit(f));
    }

    @Test
    void backtickEscapeDirective() {
        Dockerfile f = parse("# escape=`\nFROM windows\nRUN dir c:\\ `\n  /s\nCOPY a\\b `\n c\n");
        assertEquals('`', f.escape());
        assertEquals(new Directive("escape", "`", new Span(0, 10)), f.directives().get(0));
        assertEquals("(from \"windows\")\n(run \"dir c:\\\\   /s\")\n(copy \"a\\\\b\" \"c\")", BuildkitDump.dump(f));
        assertEquals(TokenKind.DIRECTIVE, f.tokens().get(0).kind());
        assertTrue(kinds(f, "`\n  /s").contains(TokenKind.LINE_CONTINUATION));
    }

    @Test
    void directivesOnlyAtTheTopAndCaseInsensitive() {
        assertEquals('`', parse("  # ESCAPE = `\nFROM a\n").escape());
        assertEquals('\\', parse("# comment\n# escape=`\nFROM a\n").escape());
        assertEquals('\\', parse("\n# escape=`\nFROM a\n").escape());
        Dockerfile after = parse("FROM a\n# escape=`\nRUN x\n");
        assertEquals(List.of(), after.directives());
        assertEquals(TokenKind.COMMENT, after.tokens().stream().filter(t -> t.start() == 7).findFirst().orElseThrow().kind());
        Dockerfile both = parse("# syntax=docker/dockerfile:1\n# check=skip=all\n#escape=\\\nFROM a\n");
        assertEquals(List.of("syntax", "check", "escape"), both.directives().stream().map(Directive::name).toList());
        assertEquals("skip=all", both.directives().get(1).value());
    }

    @Test
    void duplicateOrInvalidDirectivesAreErrors() {
        assertEquals(List.of("duplicate-directive"), codes(parse("# escape=`\n# escape=`\nFROM a\n")));
        assertEquals(List.of("invalid-escape"), codes(parse("# escape=x\nFROM a\n")));
    }

    @Test
    void crlfAndLoneCrRoundTrip() {
        String text = "FROM a\r\nRUN b \\\r\n  c\r\nUSER u\rv\n";
        Dockerfile f = parse(text);
        assertEquals("(from \"a\")\n(run \"b   c\")\n(user \"u\\rv\")", BuildkitDump.dump(f));
        assertEquals(text, f.print());
        assertEquals(TokenKind.NEWLINE, f.tokens().get(f.tokens().size() - 1).kind());
        assertEquals("\r\n", at(f, new Span(f.tokens().get(3).start(), f.tokens().get(3).end())));
        assertEquals(new Position(3, 3), f.position(text.indexOf('c')));
    }

    @Test
    void bomIsKeptAndSkipped() {
        byte[] bytes = "\uFEFFFROM a\n".getBytes(StandardCharsets.UTF_8);
        Dockerfile f = DockerfileParser.parse(bytes);
        assertEquals(TokenKind.BOM, f.tokens().get(0).kind());
        assertEquals(new Span(1, 7), f.instructions().get(0).span());
        assertArrayEquals(bytes, f.encode());
        assertEquals("(from \"a\")", BuildkitDump.dump(f));
    }

    @Test
    void invalidUtf8RoundTripsByteForByteWithAWarning() {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xFF, (byte) 0xC3, '\n'};
        Dockerfile f = DockerfileParser.parse(bytes);
        assertArrayEquals(bytes, f.encode());
        Diagnostic d = f.diagnostics().get(0);
        assertEquals("invalid-utf8", d.code());
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("byte offset 11"), d.message());
        assertEquals("(from \"a\")\n(run \"\\xff\\xc3\")", BuildkitDump.dump(f));
        assertNull(Invariants.violation(f));
    }

    @Test
    void invalidJsonFallsBackToShellFormWithAWarning() {
        Dockerfile f = parse("FROM a\nCMD [\"a\", 'b']\n");
        Instruction cmd = f.instructions().get(1);
        assertFalse(cmd.json());
        assertEquals("[\"a\", 'b']", cmd.args().get(0).value());
        assertEquals(List.of("invalid-json"), codes(f));
        assertEquals(Severity.WARNING, f.diagnostics().get(0).severity());
        assertFalse(DockerfileParser.rejectedByBuildkit(f));
    }

    @Test
    void jsonFormDecodesStringsAndRejectsNonStrings() {
        Dockerfile f = parse("FROM a\nENTRYPOINT [ \"x\\ty\" , \"$HOME\" ]\n");
        Instruction e = f.instructions().get(1);
        assertTrue(e.json());
        assertEquals(List.of("x\ty", "$HOME"), e.args().stream().map(Word::value).toList());
        assertEquals("\"$HOME\"", at(f, e.args().get(1).span()));
        assertTrue(kinds(f, "[").contains(TokenKind.JSON_PUNCTUATION));
        assertTrue(kinds(f, "$HOME").contains(TokenKind.VARIABLE));
        Dockerfile bad = parse("FROM a\nCMD [\"a\", 1]\n");
        assertEquals(List.of("json-not-strings"), codes(bad));
        assertTrue(DockerfileParser.rejectedByBuildkit(bad));
    }

    @Test
    void spansAndPositions() {
        String text = "FROM a\n\nCOPY --from=build \\\n  --chmod=644 src dst\n";
        Dockerfile f = parse(text);
        Instruction copy = f.instructions().get(1);
        assertEquals("COPY --from=build \\\n  --chmod=644 src dst", at(f, copy.span()));
        assertEquals("COPY", at(f, copy.keywordSpan()));
        assertEquals("--from=build", at(f, copy.flags().get(0).span()));
        assertEquals("build", copy.flag("FROM").orElseThrow().value());
        assertEquals("--chmod=644", at(f, copy.flags().get(1).span()));
        assertEquals("dst", at(f, copy.args().get(1).span()));
        assertEquals(new Position(4, 19), f.position(copy.args().get(1).span().start()));
        assertEquals(5, f.lineCount());
        assertEquals(text.indexOf("COPY"), f.lineStart(3));
        assertEquals(new Position(1, 1), f.position(-5));
        assertEquals(new Position(5, 1), f.position(10_000));
    }

    @Test
    void onbuildNestsItsTrigger() {
        Dockerfile f = parse("FROM a\nONBUILD COPY --chown=1 . /src\nONBUILD ONBUILD RUN x\n");
        Instruction onbuild = f.instructions().get(1);
        assertEquals(Keyword.COPY, onbuild.trigger().keyword());
        assertEquals("--chown=1", onbuild.trigger().flags().get(0).raw());
        assertEquals("COPY --chown=1 . /src", at(f, onbuild.trigger().span()));
        assertEquals(TokenKind.KEYWORD, kinds(f, "COPY").get(0));
        assertEquals("(from \"a\")\n(onbuild (copy [\"--chown=1\"] \".\" \"/src\"))\n(onbuild (onbuild (run \"x\")))",
                BuildkitDump.dump(f));
        assertEquals(List.of("onbuild-trigger"), codes(f));
    }

    @Test
    void envLabelAndArgPairs() {
        Dockerfile f = parse("FROM a\nENV PATH /usr/bin:$PATH x\nLABEL a=\"b c\" d='e' f=g\\ h\nARG V=1 W\n");
        assertEquals(new KeyValue("PATH", "/usr/bin:$PATH x", "", new Span(11, 32)), f.instructions().get(1).pairs().get(0));
        List<KeyValue> label = f.instructions().get(2).pairs();
        assertEquals(List.of("a", "d", "f"), label.stream().map(KeyValue::key).toList());
        assertEquals(List.of("\"b c\"", "'e'", "g\\ h"), label.stream().map(KeyValue::value).toList());
        List<KeyValue> arg = f.instructions().get(3).pairs();
        assertEquals("1", arg.get(0).value());
        assertNull(arg.get(1).value());
        assertTrue(kinds(f, "=\"b c\"").contains(TokenKind.OPERATOR));
        assertEquals("(env \"PATH\" \"/usr/bin:$PATH x\" \"\")", BuildkitDump.dump(f).split("\n")[1]);
    }

    @Test
    void envErrors() {
        assertEquals(List.of("missing-value"), codes(parse("FROM a\nENV PATH\n")));
        assertEquals(List.of("missing-equals"), codes(parse("FROM a\nENV A=1 B\n")));
    }

    @Test
    void tokenClassesForHighlighting() {
        Dockerfile f = parse("# syntax=x\nFROM img:${TAG:-1} AS build\nCOPY --from=build /a /b\n"
                + "RUN echo '$NOPE' \"$YES\" \\\n  && true # not a comment\n# comment\nbogus x\n");
        assertEquals(TokenKind.STAGE_NAME, kinds(f, "build\n").get(0));
        assertEquals(TokenKind.KEYWORD, kinds(f, "AS").get(0));
        assertEquals(TokenKind.VARIABLE, kinds(f, "${TAG:-1}").get(0));
        assertEquals(List.of(TokenKind.FLAG, TokenKind.STAGE_NAME), kinds(f, "--from=build"));
        assertEquals(List.of(TokenKind.STRING), kinds(f, "'$NOPE'"));
        assertTrue(kinds(f, "\"$YES\"").containsAll(List.of(TokenKind.STRING, TokenKind.VARIABLE)));
        assertEquals(TokenKind.LINE_CONTINUATION, kinds(f, "\\\n  &&").get(0));
        assertEquals(List.of(TokenKind.COMMENT), kinds(f, "# comment"));
        assertEquals(TokenKind.ERROR, kinds(f, "bogus").get(0));
        assertEquals(List.of("unknown-instruction"), codes(f));
        assertEquals("(bogus \"\")", BuildkitDump.dump(f).split("\n")[3]);
    }

    @Test
    void continuationDropsCommentAndBlankLinesWithAWarning() {
        Dockerfile f = parse("FROM a\nRUN a \\\n# note\n\n  b\nRUN c \\");
        assertEquals("(from \"a\")\n(run \"a   b\")\n(run \"c\")", BuildkitDump.dump(f));
        assertEquals(List.of("empty-continuation"), codes(f));
        assertEquals(new Position(4, 1), f.position(f.diagnostics().get(0).span().start()));
    }

    @Test
    void filesWithoutInstructionsAreRejected() {
        assertEquals(List.of("no-instructions"), codes(parse("")));
        assertEquals(List.of("no-instructions"), codes(parse("# only\n\n# comments\n")));
    }

    @Test
    void hostileInputsYieldATree() {
        StringBuilder nested = new StringBuilder("FROM a\nCMD ");
        nested.append("[".repeat(200_000));
        Dockerfile deep = parse(nested.toString());
        assertFalse(deep.instructions().get(1).json());
        Dockerfile chain = parse("ONBUILD ".repeat(5_000) + "RUN x\n");
        assertTrue(chain.hasErrors());
        byte[] garbage = new byte[70_000];
        for (int i = 0; i < garbage.length; i++) garbage[i] = (byte) (i * 31 + (i >> 8));
        Dockerfile g = DockerfileParser.parse(garbage);
        assertArrayEquals(garbage, g.encode());
        assertNull(Invariants.violation(g));
        Dockerfile nul = parse("FROM a\u0000b\nRUN \u0000\\\n\u0000\n");
        assertEquals(2, nul.instructions().size());
        assertTrue(codes(parse("RUN " + "x".repeat(70_000) + "\n")).contains("line-too-long"));
        assertEquals(200_000, parse("COPY " + "--a ".repeat(200_000) + "x y\n").instructions().get(0).flags().size());
        assertEquals(50_000, parse("RUN " + "<<A ".repeat(50_000) + "\n").instructions().get(0).heredocs().size());
        assertEquals(1, parse("ENV " + "a=\"${".repeat(100_000) + "\n").instructions().size());
    }

    @Test
    void bigInputParsesToATree() {
        String line = "RUN apt-get install -y \"pkg\" ${V} && echo 'done' \\\n  --flag=$X\n";
        String text = line.repeat(10_000);
        Dockerfile f = parse(text);
        assertEquals(10_000, f.instructions().size());
        assertEquals(20_001, f.lineCount());
    }

    /** Kinds of the tokens overlapping the first occurrence of {@code snippet}. */
    static List<TokenKind> kinds(Dockerfile file, String snippet) {
        int start = file.text().indexOf(snippet);
        assertTrue(start >= 0, snippet);
        int end = start + snippet.length();
        return file.tokens().stream().filter(t -> t.end() > start && t.start() < end).map(Token::kind).distinct().toList();
    }
}
