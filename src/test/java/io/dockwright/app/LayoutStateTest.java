package io.dockwright.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved layout: what is written comes back, and whatever is unreadable or out of range counts as not saved. */
class LayoutStateTest {
    @TempDir Path dir;

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        Path file = dir.resolve("state/layout.properties"); // the folder is made on saving
        LayoutState state = LayoutState.read(file);
        assertEquals(Optional.empty(), state.dividers("workbench-split"));
        assertFalse(state.legendHidden());
        state.setDividers("workbench-split", new double[] {0.3});
        state.setDividers("optimize-side-split", new double[] {0.25, 0.75});
        state.setLegendHidden(true);
        state.save(file);

        LayoutState again = LayoutState.read(file);
        assertArrayEquals(new double[] {0.3}, again.dividers("workbench-split").orElseThrow());
        assertArrayEquals(new double[] {0.25, 0.75}, again.dividers("optimize-side-split").orElseThrow());
        assertTrue(again.legendHidden());
        assertEquals(Optional.empty(), again.dividers("editor-split"));
    }

    @Test
    void positionsOutOfRangeOrMalformedAreIgnored() {
        assertArrayEquals(new double[] {0.4, 0.9}, LayoutState.positions(" 0.4 , 0.9").orElseThrow());
        assertArrayEquals(new double[] {0, 1}, LayoutState.positions("0,1").orElseThrow());
        for (String bad : new String[] {"1.7", "-0.1", "NaN", "Infinity", "0.8,0.2", "0.5,", "", "half", "0.2,0.5,oops"}) {
            assertEquals(Optional.empty(), LayoutState.positions(bad), bad);
        }
    }

    @Test
    void aPaneWithoutDividersOrWithImpossibleOnesKeepsWhatWasSaved() {
        LayoutState state = new LayoutState();
        state.setDividers("chart-split", new double[] {0.38});
        state.setDividers("chart-split", new double[0]); // the chart had no data this time
        state.setDividers("chart-split", new double[] {Double.NaN});
        assertArrayEquals(new double[] {0.38}, state.dividers("chart-split").orElseThrow());
    }

    @Test
    void aCorruptOrPartialFileGivesDefaultsForWhatIsMissing() throws Exception {
        Path file = dir.resolve("layout.properties");
        Files.writeString(file, "dividers.workbench-split=0.3\ndividers.editor-split=1.7\ndividers.panels-split=NaN\n"
                + "legend.hidden=maybe\n\u0000garbage without equals\n");
        LayoutState state = LayoutState.read(file);
        assertArrayEquals(new double[] {0.3}, state.dividers("workbench-split").orElseThrow());
        assertEquals(Optional.empty(), state.dividers("editor-split"));
        assertEquals(Optional.empty(), state.dividers("panels-split"));
        assertFalse(state.legendHidden());

        Files.writeString(file, "dividers.workbench-split=0.3\nlegend.hidden=true\nbroken=\\u12"); // a malformed escape
        assertEquals(Optional.empty(), LayoutState.read(file).dividers("workbench-split"), "unreadable: all defaults");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41}); // not text
        assertFalse(LayoutState.read(file).legendHidden());
        Files.delete(file);
        Files.createDirectory(file); // a folder where the file should be
        assertEquals(Optional.empty(), LayoutState.read(file).dividers("workbench-split"));
    }
}
