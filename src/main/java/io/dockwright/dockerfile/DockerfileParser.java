package io.dockwright.dockerfile;

import io.dockwright.dockerfile.instructions.InstructionChecks;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lossless, error-tolerant Dockerfile parser. It follows BuildKit's parser (the reference for what a
 * Dockerfile means), then BuildKit's instruction checks ({@link InstructionChecks}), and never throws: problems
 * become {@link Diagnostic}s with spans, in the order of their position.
 */
public final class DockerfileParser {
    private static final Logger LOG = LoggerFactory.getLogger(DockerfileParser.class);
    /** Diagnostic codes for inputs BuildKit's parser itself rejects (as opposed to later build stages). */
    public static final Set<String> BUILDKIT_PARSE_ERRORS = Set.of("no-instructions", "missing-value",
            "missing-equals", "json-not-strings", "unterminated-heredoc", "duplicate-directive", "invalid-escape",
            "line-too-long", "internal-error");

    private DockerfileParser() {}

    public static Dockerfile parse(String text) {
        String source = text == null ? "" : text;
        return parse(source, null, false, List.of());
    }

    /** Parses UTF-8 (optional BOM); input that is not valid UTF-8 is read as ISO-8859-1 so it still round-trips. */
    public static Dockerfile parse(byte[] bytes) {
        byte[] input = bytes == null ? new byte[0] : bytes.clone();
        boolean bom = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF;
        int bad = firstInvalidUtf8(input);
        if (bad < 0) return parse(new String(input, StandardCharsets.UTF_8), input, false, List.of());
        int skip = bom ? 3 : 0;
        String text = (bom ? "\uFEFF" : "") + new String(input, skip, input.length - skip, StandardCharsets.ISO_8859_1);
        int at = bad - (bom ? 2 : 0);
        Diagnostic warning = new Diagnostic(Severity.WARNING, "invalid-utf8",
                "not valid UTF-8 at byte offset " + bad + "; read as ISO-8859-1", new Span(at, Math.min(at + 1, text.length())));
        return parse(text, input, true, List.of(warning));
    }

    /** True when BuildKit's parser would reject the file (unknown instructions and lint findings don't count). */
    public static boolean rejectedByBuildkit(Dockerfile file) {
        return file.diagnostics().stream().anyMatch(d -> d.isError() && BUILDKIT_PARSE_ERRORS.contains(d.code()));
    }

    private static Dockerfile parse(String text, byte[] bytes, boolean singleByte, List<Diagnostic> extra) {
        try {
            ParserCore.Result r = new ParserCore(text, singleByte).run();
            List<Diagnostic> diagnostics = new ArrayList<>(extra);
            diagnostics.addAll(r.diagnostics());
            diagnostics.addAll(InstructionChecks.check(r.instructions(), r.diagnostics()));
            diagnostics.sort(Comparator.comparingInt(d -> d.span().start()));
            if (r.tokens().end() != text.length()) throw new IllegalStateException("tokens end at " + r.tokens().end());
            return new ParsedDockerfile(text, r.escape(), r.directives(), r.instructions(), r.tokens(),
                    List.copyOf(diagnostics), bytes, singleByte);
        } catch (RuntimeException | StackOverflowError e) {
            // Safety net: a parser bug must never reach the caller; the text stays intact as one error token.
            LOG.error("The parser failed on a {}-character text; it is shown as one error", text.length(), e);
            TokenList tokens = new TokenList();
            tokens.add(TokenKind.ERROR, 0, text.length());
            Diagnostic internal = new Diagnostic(Severity.ERROR, "internal-error",
                    "the parser failed on this input: " + e, new Span(0, text.length()));
            return new ParsedDockerfile(text, '\\', List.of(), List.of(), tokens, List.of(internal), bytes, singleByte);
        }
    }

    /** Byte offset of the first malformed UTF-8 sequence, or -1 when the input is valid. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 8192) + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) break;
            out.clear();
        }
        CoderResult flush = decoder.flush(out);
        return flush.isError() ? in.position() : -1;
    }
}
