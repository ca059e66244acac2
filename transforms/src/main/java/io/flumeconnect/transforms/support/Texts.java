package io.flumeconnect.transforms.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Values;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;

/** The text form of record values and headers, as the regex-based transforms see them. */
public final class Texts {
    private Texts() {
    }

    /**
     * {@code value} as text: a String as is, bytes decoded as UTF-8 (Flume's event bodies), anything else in
     * Connect's own string form ({@link Values#convertToString}); {@code null} stays {@code null}.
     */
    public static String of(Schema schema, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof ByteBuffer buffer) {
            return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
        }
        return Values.convertToString(schema, value);
    }

    /** The text of the last header named {@code name}, or {@code null} when there is none. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastWithName(name);
        return header == null ? null : of(header.schema(), header.value());
    }

    /** True for the values that are text already: Strings and bytes. */
    public static boolean isText(Object value) {
        return value instanceof String || value instanceof byte[] || value instanceof ByteBuffer;
    }

    /** {@code text} in the representation of {@code original}: bytes stay bytes, anything else becomes a String. */
    public static Object like(Object original, String text) {
        return original instanceof byte[] || original instanceof ByteBuffer ? text.getBytes(StandardCharsets.UTF_8) : text;
    }
}
