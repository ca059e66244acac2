package io.flumeconnect.sources.tail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.header.ConnectHeaders;

/**
 * How the tail source types its header values ({@code record.headers.type}). Either way the bytes Kafka stores
 * are the value's UTF-8: a {@code string} is encoded by the worker's header converter for every record; {@code bytes}
 * are encoded once, here, and written as they are by {@code ByteArrayConverter}, which a file's constant headers
 * then share from record to record.
 */
public enum HeaderType {
    STRING {
        @Override
        void add(ConnectHeaders headers, String key, String value) {
            headers.addString(key, value);
        }
    },
    BYTES {
        @Override
        void add(ConnectHeaders headers, String key, String value) {
            headers.addBytes(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    /** The header converter {@code bytes} needs: any other would not write the bytes as they are. */
    static final String BYTES_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";
    static final String HEADER_CONVERTER_CONFIG = "header.converter";

    abstract void add(ConnectHeaders headers, String key, String value);

    /**
     * Why this type cannot be used with the connector's {@code props}, or null: {@code bytes} needs
     * {@code header.converter=ByteArrayConverter} in the connector's own config (the worker's default
     * {@code SimpleHeaderConverter} would write them in base64).
     */
    String problem(Map<String, String> props) {
        if (this == BYTES && !BYTES_CONVERTER.equals(props.getOrDefault(HEADER_CONVERTER_CONFIG, "").trim())) {
            return TailSourceConfig.RECORD_HEADERS_TYPE_CONFIG + "=bytes needs " + HEADER_CONVERTER_CONFIG + "="
                    + BYTES_CONVERTER + " in this connector's config, so that the worker writes the bytes as they are "
                    + "(its default SimpleHeaderConverter would write them in base64)";
        }
        return null;
    }
}
