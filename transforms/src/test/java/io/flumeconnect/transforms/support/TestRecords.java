package io.flumeconnect.transforms.support;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.ReferenceDocs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.source.SourceRecord;

/** Records, schemas and checks the transform tests share. */
public final class TestRecords {
    public static final String TOPIC = "logs";
    public static final long TIMESTAMP = 1_714_564_800_000L; // 2024-05-01T12:00:00Z

    public static final Schema HTTP = SchemaBuilder.struct().name("http")
            .field("method", Schema.STRING_SCHEMA)
            .field("status", Schema.INT32_SCHEMA)
            .build();
    public static final Schema EVENT = SchemaBuilder.struct().name("event")
            .field("message", Schema.OPTIONAL_STRING_SCHEMA)
            .field("region", Schema.OPTIONAL_STRING_SCHEMA)
            .field("http", HTTP)
            .build();

    private TestRecords() {
    }

    public static SourceRecord schemaless(Object value, String... headers) {
        return record(null, null, value, headers);
    }

    public static SourceRecord record(Schema valueSchema, Object value, String... headers) {
        return record(null, valueSchema, value, headers);
    }

    /** {@code headers} are name, value, name, value... */
    public static SourceRecord record(Object key, Schema valueSchema, Object value, String... headers) {
        Headers connectHeaders = new ConnectHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            connectHeaders.addString(headers[i], headers[i + 1]);
        }
        return new SourceRecord(Map.of(), Map.of(), TOPIC, 0, key == null ? null : Schema.STRING_SCHEMA, key,
                valueSchema, value, TIMESTAMP, connectHeaders);
    }

    public static SourceRecord tombstone(String... headers) {
        return record("k", Schema.OPTIONAL_STRING_SCHEMA, null, headers);
    }

    /** An event Struct: message, region, http.method, http.status. */
    public static Struct event(String message, String region, String method, int status) {
        return new Struct(EVENT).put("message", message).put("region", region)
                .put("http", new Struct(HTTP).put("method", method).put("status", status));
    }

    /** The same event as a schemaless Map. */
    public static Map<String, Object> eventMap(String message, String region, String method, int status) {
        return Map.of("message", message, "region", region, "http", Map.of("method", method, "status", status));
    }

    public static String header(ConnectRecord<?> record, String name) {
        return Texts.header(record.headers(), name);
    }

    /**
     * A counter of the open instances of {@code transform}, read over JMX as an operator would: {@code name}
     * as the plugin registers it, exported as {@code <name>-total}.
     */
    public static double metric(String transform, String name) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        double sum = 0;
        ObjectName pattern = new ObjectName("flume.connect:type=plugins,transform=" + transform + ",*");
        for (ObjectName bean : server.queryNames(pattern, null)) {
            sum += (Double) server.getAttribute(bean, name + PluginCounters.TOTAL);
        }
        return sum;
    }

    /** The error messages {@code ConfigDef.validate()} gives per key, keys without error left out. */
    public static Map<String, List<String>> validationErrors(ConfigDef def, Map<String, String> props) {
        return def.validate(props).stream().filter(value -> !value.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    /** Keeps {@code docs/reference/transforms/<name>.md} equal to what the ConfigDef generates. */
    public static void verifyReference(Class<?> type, String overview, ConfigDef def) throws IOException {
        String name = type.getSimpleName();
        ReferenceDocs.verify("transforms/" + name + ".md", ConfigReference.markdown(name + " (" + type.getName() + ")",
                overview, def));
    }
}
