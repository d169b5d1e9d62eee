package io.dockwright.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteUnitsTest {
    @Test
    void parsesAsGoHumanizeDoesForDive() {
        assertEquals(20_000_000L, ByteUnits.parse("20MB"));
        assertEquals(20L << 20, ByteUnits.parse("20MiB"));
        assertEquals(20_000_000L, ByteUnits.parse("20 M"));
        assertEquals(1_500_000_000L, ByteUnits.parse("1.5GB"));
        assertEquals(512, ByteUnits.parse("512"));
        assertEquals(1024, ByteUnits.parse("1kib"));
        assertThrows(IllegalArgumentException.class, () -> ByteUnits.parse("many"));
        assertThrows(IllegalArgumentException.class, () -> ByteUnits.parse("12 ib"));
    }

    @Test
    void printsDecimalUnitsAsDockerDoes() {
        assertEquals("999 B", ByteUnits.human(999));
        assertEquals("1.5 kB", ByteUnits.human(1500));
        assertEquals("142 MB", ByteUnits.human(142_000_000));
        assertEquals("-2.0 MB", ByteUnits.human(-2_000_000));
    }
}
