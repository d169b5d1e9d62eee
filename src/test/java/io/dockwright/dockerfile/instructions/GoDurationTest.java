package io.dockwright.dockerfile.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Go's time.ParseDuration; the expected values are Go's documented results. */
class GoDurationTest {
    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(text)).getMessage();
    }

    @Test
    void acceptsGosSyntax() {
        assertEquals(0, GoDuration.parse("0"));
        assertEquals(0, GoDuration.parse("-0"));
        assertEquals(5_000_000_000L, GoDuration.parse("+5s"));
        assertEquals(3_723_500_000_000L, GoDuration.parse("1h2m3.5s"));
        assertEquals(1_500L, GoDuration.parse("1.5\u00B5s"));
        assertEquals(1_500L, GoDuration.parse("1.5us"));
        assertEquals(500_000L, GoDuration.parse(".5ms"));
        assertEquals(1_000_000_000L, GoDuration.parse("1.s"));
        assertEquals(-90_000_000_000L, GoDuration.parse("-1m30s"));
        assertEquals(Long.MAX_VALUE, GoDuration.parse("9223372036854775807ns"));
        assertEquals(Long.MIN_VALUE, GoDuration.parse("-9223372036854775808ns"));
    }

    @Test
    void refusesWithGosMessages() {
        assertEquals("time: invalid duration \"\"", refusal(""));
        assertEquals("time: invalid duration \"abc\"", refusal("abc"));
        assertEquals("time: invalid duration \".s\"", refusal(".s"));
        assertEquals("time: invalid duration \"-\"", refusal("-"));
        assertEquals("time: missing unit in duration \"1\"", refusal("1"));
        assertEquals("time: missing unit in duration \"1s2\"", refusal("1s2"));
        assertEquals("time: unknown unit \"d\" in duration \"1d\"", refusal("1d"));
        assertEquals("time: unknown unit \" s\" in duration \"1 s\"", refusal("1 s"));
        assertEquals("time: invalid duration \"9223372036854775808ns\"", refusal("9223372036854775808ns"));
        assertEquals("time: invalid duration \"3000000h\"", refusal("3000000h"));
        assertEquals("time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"", refusal("1\u00E9"));
    }
}
