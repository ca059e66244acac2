package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.syslog.SyslogMessage.SdElement;
import io.flumeconnect.sources.syslog.SyslogMessage.SdParam;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/** The record value of {@code value.type=struct}: a syslog message, field by field (see docs/syslog-source.md). */
final class SyslogSchema {
    static final Schema SD_PARAM = SchemaBuilder.struct().name("io.flumeconnect.syslog.SdParam")
            .field("name", Schema.STRING_SCHEMA)
            .field("value", Schema.STRING_SCHEMA)
            .build();
    static final Schema SD_ELEMENT = SchemaBuilder.struct().name("io.flumeconnect.syslog.SdElement")
            .field("id", Schema.STRING_SCHEMA)
            .field("params", SchemaBuilder.array(SD_PARAM).build())
            .build();
    static final Schema VALUE = SchemaBuilder.struct().name("io.flumeconnect.syslog.SyslogMessage").version(1)
            .doc("A syslog message; fields the message does not carry are null")
            .field("format", Schema.STRING_SCHEMA)
            .field("facility", Schema.OPTIONAL_INT32_SCHEMA)
            .field("severity", Schema.OPTIONAL_INT32_SCHEMA)
            .field("version", Schema.OPTIONAL_INT32_SCHEMA)
            .field("timestamp", Timestamp.builder().optional().build())
            .field("hostname", Schema.OPTIONAL_STRING_SCHEMA)
            .field("app_name", Schema.OPTIONAL_STRING_SCHEMA)
            .field("proc_id", Schema.OPTIONAL_STRING_SCHEMA)
            .field("msg_id", Schema.OPTIONAL_STRING_SCHEMA)
            .field("structured_data", SchemaBuilder.array(SD_ELEMENT).optional().build())
            .field("message", Schema.OPTIONAL_STRING_SCHEMA)
            .field("remote_address", Schema.OPTIONAL_STRING_SCHEMA)
            .field("raw", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private SyslogSchema() {
    }

    static Struct parsed(SyslogMessage message, String remoteAddress, String raw) {
        return new Struct(VALUE)
                .put("format", message.format().label())
                .put("facility", message.facility())
                .put("severity", message.severity())
                .put("version", message.version())
                .put("timestamp", message.timestamp() == null ? null : Date.from(message.timestamp()))
                .put("hostname", message.hostname())
                .put("app_name", message.appName())
                .put("proc_id", message.procId())
                .put("msg_id", message.msgId())
                .put("structured_data", message.structuredData().isEmpty() ? null
                        : message.structuredData().stream().map(SyslogSchema::element).toList())
                .put("message", message.message())
                .put("remote_address", remoteAddress)
                .put("raw", raw);
    }

    /** A message that did not parse: all of it in {@code message}, format {@code raw}. */
    static Struct unparsed(String text, String remoteAddress, String raw) {
        return new Struct(VALUE)
                .put("format", SyslogFormat.RAW.label())
                .put("message", text)
                .put("remote_address", remoteAddress)
                .put("raw", raw);
    }

    private static Struct element(SdElement element) {
        List<Struct> params = element.params().stream().map(SyslogSchema::param).toList();
        return new Struct(SD_ELEMENT).put("id", element.id()).put("params", params);
    }

    private static Struct param(SdParam param) {
        return new Struct(SD_PARAM).put("name", param.name()).put("value", param.value());
    }
}
