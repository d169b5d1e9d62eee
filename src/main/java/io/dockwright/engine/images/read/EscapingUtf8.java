package io.dockwright.engine.images.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;

/**
 * UTF-8 that keeps bytes which are not UTF-8: each becomes the lone surrogate U+DC80..U+DCFF (as Python's
 * "surrogateescape" does), so two names differing in such bytes stay two paths. Registered as a charset
 * provider because commons-compress takes tar name encodings by name.
 */
public final class EscapingUtf8 extends CharsetProvider {
    public static final String NAME = "x-dockwright-utf-8-escaping";
    static final Charset CHARSET = new EscapingCharset();

    @Override
    public Iterator<Charset> charsets() {
        return List.of(CHARSET).iterator();
    }

    @Override
    public Charset charsetForName(String name) {
        return NAME.equalsIgnoreCase(name) ? CHARSET : null;
    }

    /** True when the name holds bytes that were not UTF-8. */
    static boolean escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) return true;
        }
        return false;
    }

    /** The name for people: escaped bytes as \xNN. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) b.append(String.format("\\x%02x", c & 0xff));
            else b.append(c);
        }
        return b.toString();
    }

    private static final class EscapingCharset extends Charset {
        EscapingCharset() {
            super(NAME, new String[0]);
        }

        @Override
        public boolean contains(Charset cs) {
            return cs.equals(this) || StandardCharsets.UTF_8.contains(cs);
        }

        @Override
        public CharsetDecoder newDecoder() {
            return new Decoder(this);
        }

        @Override
        public CharsetEncoder newEncoder() {
            return StandardCharsets.UTF_8.newEncoder();
        }
    }

    private static final class Decoder extends CharsetDecoder {
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        Decoder(Charset cs) {
            super(cs, 1f, 1f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (true) {
                CoderResult r = utf8.decode(in, out, false);
                if (!r.isMalformed() && !r.isUnmappable()) return r;
                for (int i = 0; i < r.length(); i++) {
                    if (!out.hasRemaining()) return CoderResult.OVERFLOW;
                    out.put((char) (0xDC00 | (in.get() & 0xff)));
                }
            }
        }

        @Override
        protected CoderResult implFlush(CharBuffer out) {
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            utf8.reset();
        }
    }
}
