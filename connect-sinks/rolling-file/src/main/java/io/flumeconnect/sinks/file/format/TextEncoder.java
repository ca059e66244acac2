package io.flumeconnect.sinks.file.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/** The record value as text: strings in UTF-8, bytes as they are, numbers and booleans printed. */
public final class TextEncoder implements LineEncoder {
    @Override
    public byte[] encode(SinkRecord record) {
        Object value = record.value();
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new DataException("format=text writes strings, bytes, numbers and booleans; this value is a "
                + value.getClass().getSimpleName() + " (use format=json or a converter that yields strings)");
    }
}
