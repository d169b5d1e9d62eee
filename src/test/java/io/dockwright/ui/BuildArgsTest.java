package io.dockwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildArgsTest {
    @Test
    void pairsSeparatedBySpacesCommasAndNewLinesKeepTheirOrder() {
        Map<String, String> args = BuildArgs.parse(" PY=3.7, APP_ENV=prod\nEMPTY= URL=http://x/?a=b ");
        assertEquals(List.of("PY", "APP_ENV", "EMPTY", "URL"), List.copyOf(args.keySet()));
        assertEquals("", args.get("EMPTY"));
        assertEquals("http://x/?a=b", args.get("URL"));
        assertEquals(Map.of(), BuildArgs.parse("   "));
        assertEquals(Map.of(), BuildArgs.parse(null));
    }

    @Test
    void aPairWithoutNameOrEqualsNamesItsColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuildArgs.parse("A=1 oops B=2"));
        assertEquals("Build arg at column 5 ('oops') is not NAME=VALUE", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BuildArgs.parse("=x"));
    }
}
