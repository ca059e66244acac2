package io.flumeconnect.sinks.file.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * A record as one line of JSON: the value alone, or, when any {@link Extra} is asked for, an object with
 * {@code value} and the extras ({@code key}, {@code headers}, {@code topic}, {@code partition},
 * {@code offset}, {@code timestamp}).
 */
public final class JsonEncoder implements LineEncoder {
    /** What a line can carry besides the value, as written in configuration (case-insensitive). */
    public enum Extra {
        KEY, HEADERS, TOPIC, PARTITION, OFFSET, TIMESTAMP;

        public static Extra of(String configured) {
            return valueOf(configured.trim().toUpperCase(Locale.ROOT));
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<Extra> extras;

    public JsonEncoder(Set<Extra> extras) {
        this.extras = extras.isEmpty() ? EnumSet.noneOf(Extra.class) : EnumSet.copyOf(extras);
    }

    @Override
    public byte[] encode(SinkRecord record) {
        JsonNode value = ConnectJson.toJson(record.value());
        try {
            return mapper.writeValueAsBytes(extras.isEmpty() ? value : envelope(record, value));
        } catch (JsonProcessingException e) {
            throw new DataException("cannot write the record as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private ObjectNode envelope(SinkRecord record, JsonNode value) {
        ObjectNode line = mapper.createObjectNode();
        if (extras.contains(Extra.TOPIC)) {
            line.put("topic", record.originalTopic());
        }
        if (extras.contains(Extra.PARTITION)) {
            line.put("partition", record.originalKafkaPartition());
        }
        if (extras.contains(Extra.OFFSET)) {
            line.put("offset", record.originalKafkaOffset());
        }
        if (extras.contains(Extra.TIMESTAMP)) {
            line.put("timestamp", record.timestamp());
        }
        if (extras.contains(Extra.KEY)) {
            line.set("key", ConnectJson.toJson(record.key()));
        }
        if (extras.contains(Extra.HEADERS)) {
            ObjectNode headers = line.putObject("headers");
            for (Header header : record.headers()) {
                headers.set(header.key(), ConnectJson.toJson(header.value()));
            }
        }
        line.set("value", value);
        return line;
    }
}
