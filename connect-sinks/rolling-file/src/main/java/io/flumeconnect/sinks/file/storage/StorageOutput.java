package io.flumeconnect.sinks.file.storage;

import java.io.IOException;
import java.io.OutputStream;

/** A file being written. {@link #stream()} is closed only through {@link #close()}. */
public interface StorageOutput extends AutoCloseable {
    OutputStream stream();

    /** Flushes and makes everything written so far durable (fsync locally, hsync on HDFS). */
    void sync() throws IOException;

    @Override
    void close() throws IOException;
}
