package io.flumeconnect.transforms.parse;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Requirements;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Splits a log line into fields with a grok expression or a regex with named groups (Logstash's grok filter,
 * Flume's regex_extractor into fields).
 */
public class ParseLine<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Splits a line (the value, a field or a header) into fields with a "
            + "grok expression or a Java regex with named groups, e.g. %{COMBINEDAPACHELOG} for Apache/Nginx access "
            + "logs or %{SYSLOGLINE} for RFC 3164 syslog lines. The value becomes a Struct (records with a value "
            + "schema) or a Map (schemaless records) of the captured fields, or gains them when it already is one. "
            + "A line that does not match is passed on unchanged with a header saying why, dropped, or fails, per "
            + "on.failure; tombstones pass through.";

    private final FieldMerger merger = new FieldMerger();
    private ParseLineConfig config;
    private InputLimit limit;
    private ParseFailures failures;
    private Map<String, Schema> fieldSchemas;
    private Schema lineSchema;

    @Override
    public void configure(Map<String, ?> props) {
        config = new ParseLineConfig(props);
        limit = new InputLimit(config);
        super.configure(props);
        failures = new ParseFailures(config, counters().counter("parse-failures", "Records that did not parse"),
                requirements());
        fieldSchemas = new LinkedHashMap<>();
        config.pattern.captures().forEach(capture -> fieldSchemas.putIfAbsent(capture.field(), capture.type().schema()));
        lineSchema = lineSchema();
    }

    private Schema lineSchema() {
        SchemaBuilder builder = SchemaBuilder.struct().optional();
        if (!config.originalField.isEmpty()) {
            builder.field(config.originalField, Schema.OPTIONAL_STRING_SCHEMA);
        }
        fieldSchemas.forEach(builder::field);
        return builder.build();
    }

    @Override
    protected R transform(R record) {
        String line = config.source.read(record, requirements());
        if (line == null) {
            return failures.handle(record, config.source + " is absent");
        }
        Map<String, Object> fields;
        try {
            fields = config.pattern.parse(limit.check(line));
        } catch (IllegalArgumentException e) {
            return failures.handle(record, e.getMessage());
        }
        if (fields == null) {
            return failures.handle(record, config.source + " does not match the pattern");
        }
        Object value = valueOf(record, line, fields);
        Schema schema = value instanceof Struct struct ? struct.schema()
                : record.value() instanceof Map ? record.valueSchema() : null;
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                schema, value, record.timestamp());
    }

    private Object valueOf(R record, String line, Map<String, Object> fields) {
        Object value = record.value();
        if (value instanceof Struct struct) {
            return merger.merge(struct, allFields(fields), fieldSchemas);
        }
        if (value instanceof Map<?, ?> map) {
            return merger.merge(map, fields);
        }
        Map<String, Object> replaced = new LinkedHashMap<>();
        if (!config.originalField.isEmpty()) {
            replaced.put(config.originalField, line);
        }
        replaced.putAll(fields);
        if (record.valueSchema() == null) {
            return replaced;
        }
        Struct struct = new Struct(lineSchema);
        replaced.forEach(struct::put);
        return struct;
    }

    /** An unexpected failure (a StackOverflowError included) is a record that did not parse: on.failure decides. */
    @Override
    protected R failed(R record, Throwable failure) {
        return failures.handle(record, Requirements.reason(failure));
    }

    /** Every field of the pattern, null where nothing matched: a Struct's schema does not vary per record. */
    private Map<String, Object> allFields(Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        fieldSchemas.keySet().forEach(name -> all.put(name, fields.get(name)));
        return all;
    }

    @Override
    public ConfigDef config() {
        return ParseLineConfig.CONFIG_DEF;
    }
}
