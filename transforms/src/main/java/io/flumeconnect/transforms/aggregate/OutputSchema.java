package io.flumeconnect.transforms.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * The shape of aggregate records. Key: the group fields (null without grouping). Value: window_start and
 * window_end (epoch ms, end exclusive), the group fields, count, partial, and per aggregated field
 * {@code <field>_sum}, {@code _min}, {@code _max}, {@code _avg}. A Struct when the record an aggregate is
 * emitted in place of has a value schema, else a Map.
 */
public final class OutputSchema {
    static final String WINDOW_START = "window_start";
    static final String WINDOW_END = "window_end";
    static final String COUNT = "count";
    static final String PARTIAL = "partial";
    private static final String[] STATISTICS = {"sum", "min", "max", "avg"};

    private final List<String> groupNames;
    private final List<String> fieldNames;
    private final Schema keySchema;
    private final Schema valueSchema;

    public OutputSchema(WindowAggregateConfig config) {
        groupNames = groupNames(config);
        fieldNames = config.aggregateFields.stream().map(OutputSchema::columnOf).toList();
        keySchema = groupNames.isEmpty() ? null : groupStruct("flume.connect.WindowKey").build();
        valueSchema = valueStruct();
    }

    /** Refuses configurations whose output fields would collide, naming the key. */
    static void checkNames(WindowAggregateConfig config) {
        Set<String> names = new HashSet<>(List.of(WINDOW_START, WINDOW_END, COUNT, PARTIAL));
        for (String group : groupNames(config)) {
            if (!names.add(group)) {
                throw new ConfigException(WindowAggregateConfig.GROUP_BY_FIELDS_CONFIG, group,
                        "the group field '" + group + "' collides with another output field; group by fields and "
                                + "headers must differ from each other and from " + List.of(WINDOW_START, WINDOW_END,
                                COUNT, PARTIAL));
            }
        }
        for (String field : config.aggregateFields) {
            for (String statistic : STATISTICS) {
                if (!names.add(columnOf(field) + "_" + statistic)) {
                    throw new ConfigException(WindowAggregateConfig.AGGREGATE_FIELDS_CONFIG, field,
                            "its output field " + columnOf(field) + "_" + statistic + " collides with another");
                }
            }
        }
    }

    /** The value's schema when the aggregate is a Struct. */
    public Schema valueSchema() {
        return valueSchema;
    }

    public SchemaAndValue key(ClosedWindow window, boolean withSchema) {
        if (groupNames.isEmpty()) {
            return SchemaAndValue.NULL;
        }
        if (!withSchema) {
            Map<String, Object> key = new LinkedHashMap<>();
            putGroups(key, window);
            return new SchemaAndValue(null, key);
        }
        Struct key = new Struct(keySchema);
        for (int i = 0; i < groupNames.size(); i++) {
            key.put(groupNames.get(i), window.group().get(i));
        }
        return new SchemaAndValue(keySchema, key);
    }

    public SchemaAndValue value(ClosedWindow window, boolean withSchema) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put(WINDOW_START, window.start());
        value.put(WINDOW_END, window.end());
        putGroups(value, window);
        value.put(COUNT, window.totals().count());
        value.put(PARTIAL, window.partial());
        for (int i = 0; i < fieldNames.size(); i++) {
            value.put(fieldNames.get(i) + "_sum", window.totals().sum(i));
            value.put(fieldNames.get(i) + "_min", window.totals().min(i));
            value.put(fieldNames.get(i) + "_max", window.totals().max(i));
            value.put(fieldNames.get(i) + "_avg", window.totals().avg(i));
        }
        if (!withSchema) {
            return new SchemaAndValue(null, value);
        }
        Struct struct = new Struct(valueSchema);
        value.forEach(struct::put);
        return new SchemaAndValue(valueSchema, struct);
    }

    private void putGroups(Map<String, Object> target, ClosedWindow window) {
        for (int i = 0; i < groupNames.size(); i++) {
            target.put(groupNames.get(i), window.group().get(i));
        }
    }

    private SchemaBuilder groupStruct(String name) {
        SchemaBuilder builder = SchemaBuilder.struct().name(name);
        groupNames.forEach(group -> builder.field(group, Schema.OPTIONAL_STRING_SCHEMA));
        return builder;
    }

    private Schema valueStruct() {
        SchemaBuilder builder = SchemaBuilder.struct().name("flume.connect.WindowAggregate")
                .field(WINDOW_START, Schema.INT64_SCHEMA)
                .field(WINDOW_END, Schema.INT64_SCHEMA);
        groupNames.forEach(group -> builder.field(group, Schema.OPTIONAL_STRING_SCHEMA));
        builder.field(COUNT, Schema.INT64_SCHEMA).field(PARTIAL, Schema.BOOLEAN_SCHEMA);
        for (String field : fieldNames) {
            for (String statistic : STATISTICS) {
                builder.field(field + "_" + statistic, Schema.OPTIONAL_FLOAT64_SCHEMA);
            }
        }
        return builder.build();
    }

    private static List<String> groupNames(WindowAggregateConfig config) {
        List<String> names = new ArrayList<>();
        config.groupByFields.forEach(field -> names.add(columnOf(field)));
        names.addAll(config.groupByHeaders);
        return names;
    }

    private static String columnOf(String path) {
        return path.replace('.', '_');
    }
}
