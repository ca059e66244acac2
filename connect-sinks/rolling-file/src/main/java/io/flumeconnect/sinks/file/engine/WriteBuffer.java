package io.flumeconnect.sinks.file.engine;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A write buffer for one task's thread: unlike {@link java.io.BufferedOutputStream} it takes no lock on each
 * call (two a record, the line and its separator, showed in the profile). It counts the bytes it hands down,
 * and closing it flushes but leaves the stream under it open, so a compression stream above it can be ended
 * without closing the file.
 */
final class WriteBuffer extends OutputStream {
    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    private long handedDown;

    WriteBuffer(OutputStream out, int size) {
        this.out = out;
        this.buffer = new byte[size];
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= buffer.length) {
            drain();
            out.write(b, off, len);
            handedDown += len;
            return;
        }
        if (len > buffer.length - used) {
            drain();
        }
        System.arraycopy(b, off, buffer, used, len);
        used += len;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            handedDown += used;
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** The bytes handed to the stream below so far. */
    long handedDown() {
        return handedDown;
    }
}
