package io.dockwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icon PNGs {@link AppIcons} loads are on the classpath, decode, have their nominal size and are not blank. */
class AppIconsResourcesTest {
    @Test
    void everySizeIsASquareOpaqueCentredPng() throws Exception {
        for (int size : AppIcons.SIZES) {
            String name = "/io/dockwright/icons/dockwright-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                assertNotNull(in, name + " is missing");
                BufferedImage image = ImageIO.read(in);
                assertNotNull(image, name + " does not decode");
                assertEquals(size, image.getWidth(), name);
                assertEquals(size, image.getHeight(), name);
                int centre = image.getRGB(size / 2, size / 2);
                assertEquals(0xFF, centre >>> 24, name + ": the centre is not opaque");
                assertTrue(image.getRGB(size / 2, size / 8) != centre || image.getRGB(size / 2, size * 3 / 4) != centre,
                        name + ": looks like a flat square");
            }
        }
    }
}
