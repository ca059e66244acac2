package io.flumeconnect.sinks.file.format;

import java.io.IOException;
import org.apache.kafka.connect.sink.SinkRecord;

/** Writes records into one open file in one format. */
public interface FormatWriter {
    /**
     * Appends {@code record}.
     *
     * @throws org.apache.kafka.connect.errors.DataException when the record cannot be written in this format;
     *         then nothing of it has been written and the file is still good
     */
    void write(SinkRecord record) throws IOException;

    /** False when {@code record} cannot go into this file (an Avro file holds one schema); the file is rolled first. */
    default boolean accepts(SinkRecord record) {
        return true;
    }

    /** Writes whatever the format keeps buffered or needs at the end of a file; the stream stays open. */
    void finish() throws IOException;
}
