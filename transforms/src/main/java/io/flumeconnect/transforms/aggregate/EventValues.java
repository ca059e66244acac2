package io.flumeconnect.transforms.aggregate;

import io.flumeconnect.transforms.support.FieldPath;
import io.flumeconnect.transforms.support.Requirements;
import io.flumeconnect.transforms.support.Texts;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Reads what a record contributes to a window: its event time, its group key and its numeric values. */
public final class EventValues {
    private final WindowAggregateConfig config;
    private final List<FieldPath> groupFields;
    private final List<FieldPath> aggregateFields;
    private final Requirements requirements;

    public EventValues(WindowAggregateConfig config, Requirements requirements) {
        this.config = config;
        this.groupFields = config.groupByFields.stream().map(FieldPath::parse).toList();
        this.aggregateFields = config.aggregateFields.stream().map(FieldPath::parse).toList();
        this.requirements = requirements;
    }

    public long eventTime(ConnectRecord<?> record) {
        if (config.timestampField == null) {
            if (record.timestamp() == null) {
                throw requirements.fail(record, "the record has no timestamp; set "
                        + WindowAggregateConfig.TIMESTAMP_FIELD_CONFIG);
            }
            return record.timestamp();
        }
        Object value = container(record) == null ? null : config.timestampField.get(record.value());
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof String text) {
            return parseTime(record, text);
        }
        throw requirements.fail(record, WindowAggregateConfig.TIMESTAMP_FIELD_CONFIG + "=" + config.timestampField
                + " holds " + value + ", not epoch milliseconds, a Timestamp or ISO-8601 text");
    }

    public List<String> group(ConnectRecord<?> record) {
        String[] values = new String[groupFields.size() + config.groupByHeaders.size()];
        Object container = groupFields.isEmpty() ? null : container(record);
        for (int i = 0; i < groupFields.size(); i++) {
            values[i] = Texts.of(null, groupFields.get(i).get(container));
        }
        for (int i = 0; i < config.groupByHeaders.size(); i++) {
            values[groupFields.size() + i] = Texts.header(record.headers(), config.groupByHeaders.get(i));
        }
        return Arrays.asList(values);
    }

    /** The length of a group key: its values' characters, an absent value counting none. */
    static int chars(List<String> group) {
        int chars = 0;
        for (String value : group) {
            chars += value == null ? 0 : value.length();
        }
        return chars;
    }

    public Double[] numbers(ConnectRecord<?> record) {
        Double[] values = new Double[aggregateFields.size()];
        Object container = aggregateFields.isEmpty() ? null : container(record);
        for (int i = 0; i < values.length; i++) {
            values[i] = number(record, aggregateFields.get(i), aggregateFields.get(i).get(container));
        }
        return values;
    }

    private Double number(ConnectRecord<?> record, FieldPath field, Object value) {
        if (value == null || value instanceof Number) {
            return value == null ? null : ((Number) value).doubleValue();
        }
        try {
            return Double.valueOf(Texts.of(null, value).trim());
        } catch (NumberFormatException e) {
            throw requirements.fail(record, WindowAggregateConfig.AGGREGATE_FIELDS_CONFIG + " field '" + field
                    + "' holds '" + value + "', which is not a number");
        }
    }

    private long parseTime(ConnectRecord<?> record, String text) {
        try {
            return text.chars().allMatch(Character::isDigit) ? Long.parseLong(text) : Instant.parse(text).toEpochMilli();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw requirements.fail(record, WindowAggregateConfig.TIMESTAMP_FIELD_CONFIG + "=" + config.timestampField
                    + " holds '" + text + "', not epoch milliseconds or ISO-8601 text");
        }
    }

    private Object container(ConnectRecord<?> record) {
        if (!FieldPath.isContainer(record.value())) {
            throw requirements.fail(record, "reading fields needs a Struct or Map value, found "
                    + Requirements.typeOf(record.value()));
        }
        return record.value();
    }
}
