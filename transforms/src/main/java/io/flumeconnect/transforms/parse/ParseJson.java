package io.flumeconnect.transforms.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.Requirements;
import java.util.Collections;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;

/** Parses a JSON text (the value, a field or a header) into a structured value, as Flume's JSONHandler did. */
public class ParseJson<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Parses JSON text from the value, a field or a header into a "
            + "structured value: a Map for schemaless records, a Struct for records with a value schema (schema "
            + "inferred from each document, or configured with schema.fields). The result replaces the value, or "
            + "a top-level field when the value already is a Struct or Map. Invalid JSON is passed on unchanged "
            + "with a header saying why, dropped, or fails, per on.failure; tombstones pass through.";

    private final FieldMerger merger = new FieldMerger();
    private ParseJsonConfig config;
    private ParseFailures failures;

    @Override
    public void configure(Map<String, ?> props) {
        config = new ParseJsonConfig(props);
        super.configure(props);
        failures = new ParseFailures(config, counters().counter("parse-failures", "Records that did not parse"),
                requirements());
    }

    @Override
    protected R transform(R record) {
        String text = config.source.read(record, requirements());
        if (text == null) {
            return failures.handle(record, config.source + " is absent");
        }
        SchemaAndValue parsed;
        try {
            parsed = convert(record, JsonValues.read(text));
        } catch (JsonProcessingException e) {
            return failures.handle(record, config.source + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return failures.handle(record, e.getMessage());
        }
        return place(record, parsed);
    }

    private SchemaAndValue convert(R record, JsonNode document) {
        if (record.valueSchema() == null) {
            return new SchemaAndValue(null, JsonValues.plain(document));
        }
        return config.schema == null ? JsonValues.inferred(document)
                : new SchemaAndValue(config.schema, FieldTypes.convert(document, config.schema));
    }

    private R place(R record, SchemaAndValue parsed) {
        Object value = record.value();
        if (!config.targetField.isEmpty() && value instanceof Struct struct) {
            Struct merged = merger.merge(struct, Collections.singletonMap(config.targetField, parsed.value()),
                    Map.of(config.targetField, parsed.schema()));
            return withValue(record, new SchemaAndValue(merged.schema(), merged));
        }
        if (!config.targetField.isEmpty() && value instanceof Map<?, ?> map) {
            return withValue(record, new SchemaAndValue(record.valueSchema(),
                    merger.merge(map, Collections.singletonMap(config.targetField, parsed.value()))));
        }
        return withValue(record, parsed);
    }

    private static <R extends ConnectRecord<R>> R withValue(R record, SchemaAndValue value) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                value.schema(), value.value(), record.timestamp());
    }

    /** An unexpected failure (a StackOverflowError included) is a record that did not parse: on.failure decides. */
    @Override
    protected R failed(R record, Throwable failure) {
        return failures.handle(record, Requirements.reason(failure));
    }

    @Override
    public ConfigDef config() {
        return ParseJsonConfig.CONFIG_DEF;
    }
}
