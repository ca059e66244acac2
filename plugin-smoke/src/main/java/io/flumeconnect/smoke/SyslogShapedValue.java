package io.flumeconnect.smoke;

import java.util.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/**
 * A value with the shape of the syslog source's {@code value.type=struct} record (docs/syslog-source.md: the same
 * field names, types and nesting, filled as for the syslog benchmark's RFC 5424 messages), so that a converter does
 * the same work for the counting source as for the syslog source: the syslog benchmark's Connect ceiling.
 */
final class SyslogShapedValue {
    private static final Schema PARAM = SchemaBuilder.struct().name("io.flumeconnect.syslog.SdParam")
            .field("name", Schema.STRING_SCHEMA).field("value", Schema.STRING_SCHEMA).build();
    private static final Schema ELEMENT = SchemaBuilder.struct().name("io.flumeconnect.syslog.SdElement")
            .field("id", Schema.STRING_SCHEMA).field("params", SchemaBuilder.array(PARAM).build()).build();
    static final Schema SCHEMA = SchemaBuilder.struct().name("io.flumeconnect.syslog.SyslogMessage").version(1)
            .field("format", Schema.STRING_SCHEMA)
            .field("facility", Schema.OPTIONAL_INT32_SCHEMA)
            .field("severity", Schema.OPTIONAL_INT32_SCHEMA)
            .field("version", Schema.OPTIONAL_INT32_SCHEMA)
            .field("timestamp", Timestamp.builder().optional().build())
            .field("hostname", Schema.OPTIONAL_STRING_SCHEMA)
            .field("app_name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("proc_id", Schema.OPTIONAL_STRING_SCHEMA)
            .field("msg_id", Schema.OPTIONAL_STRING_SCHEMA)
            .field("structured_data", SchemaBuilder.array(ELEMENT).optional().build())
            .field("message", Schema.OPTIONAL_STRING_SCHEMA)
            .field("remote_address", Schema.OPTIONAL_STRING_SCHEMA)
            .field("raw", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    private static final long BENCH_TIME = 1_796_284_800_000L;

    private SyslogShapedValue() {
    }

    /** A parsed {@code <134>1 TIME bench-host bench-app 4242 ID47 - MESSAGE} from 127.0.0.1. */
    static Struct of(String message) {
        return new Struct(SCHEMA)
                .put("format", "rfc5424")
                .put("facility", 16)
                .put("severity", 6)
                .put("version", 1)
                .put("timestamp", new Date(BENCH_TIME))
                .put("hostname", "bench-host")
                .put("app_name", "bench-app")
                .put("proc_id", "4242")
                .put("msg_id", "ID47")
                .put("message", message)
                .put("remote_address", "127.0.0.1");
    }
}
