package io.flumeconnect.sinks.file.format;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.kafka.connect.sink.SinkRecord;

/** A file format: how records become bytes in a file, and the file name extension that says so. */
public interface FileFormat {
    /** The extension of a file in this format before compression, e.g. {@code .txt}. */
    String extension();

    /** True when the format compresses by itself (Avro codecs), so no stream compression is added. */
    default boolean compressesItself() {
        return false;
    }

    /** A writer for a new file on {@code out}; {@code first} is the first record it will hold. */
    FormatWriter open(OutputStream out, SinkRecord first) throws IOException;
}
