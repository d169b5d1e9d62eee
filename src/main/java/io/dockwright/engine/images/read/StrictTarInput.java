package io.dockwright.engine.images.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * commons-compress's tar reader, lenient about odd header fields, names decoded with {@link EscapingUtf8}, and
 * strict about the end: a stream that stops before tar's end marker is cut short, not finished (the plain reader
 * takes a short record for the end without a word). An empty stream is an empty tar (Docker's empty layer).
 */
final class StrictTarInput extends TarArchiveInputStream {
    StrictTarInput(InputStream in) {
        super(in, TarConstants.DEFAULT_BLKSIZE, TarConstants.DEFAULT_RCDSIZE, EscapingUtf8.NAME, true);
    }

    @Override
    protected byte[] readRecord() throws IOException {
        byte[] record = super.readRecord();
        if (record == null && getBytesRead() > 0 && !isAtEOF()) {
            throw new EOFException("the tar stops before its end marker, after " + getBytesRead() + " bytes (cut short)");
        }
        return record;
    }
}
