package reach;

import java.util.zip.CRC32;

/** A program built outside the image (the jar beside this folder): prints a checksum and the Java major version. */
public final class Main {
    public static void main(String[] args) {
        CRC32 crc = new CRC32();
        crc.update("dockwright".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.out.println("java-prebuilt-jar: crc32 " + Long.toHexString(crc.getValue()) + " on Java " + Runtime.version().feature());
    }
}
