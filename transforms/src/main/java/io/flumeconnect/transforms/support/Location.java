package io.flumeconnect.transforms.support;

import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Where in a record a transform reads a text and writes it back, as configured:
 * <ul>
 *   <li>{@code value}: the whole value (a String, or UTF-8 bytes; other values in Connect's string form);</li>
 *   <li>{@code key}: the whole key, likewise;</li>
 *   <li>{@code field:PATH}: a field of a Struct or Map value, nested with dots ({@code field:http.status});</li>
 *   <li>{@code key.field:PATH}: a field of a Struct or Map key;</li>
 *   <li>{@code header:NAME}: the last header with that name.</li>
 * </ul>
 * Writing keeps the representation: bytes stay bytes, a Struct field must be a STRING or BYTES field.
 */
public final class Location {
    /** What {@link LocationValidator} documents as valid. */
    public static final String SYNTAX =
            "value, key, field:PATH, key.field:PATH (PATH a field name, nested with dots) or header:NAME";

    private enum Part { VALUE, KEY, VALUE_FIELD, KEY_FIELD, HEADER }

    private final String text;
    private final Part part;
    private final String name;
    private final FieldPath path;

    private Location(String text, Part part, String name) {
        this.text = text;
        this.part = part;
        this.name = name;
        this.path = part == Part.VALUE_FIELD || part == Part.KEY_FIELD ? FieldPath.parse(name) : null;
    }

    /** Parses a location; throws {@link IllegalArgumentException} naming what is wrong with it. */
    public static Location parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("value")) {
            return new Location(trimmed, Part.VALUE, null);
        }
        if (trimmed.equals("key")) {
            return new Location(trimmed, Part.KEY, null);
        }
        int colon = trimmed.indexOf(':');
        String prefix = colon < 0 ? trimmed : trimmed.substring(0, colon);
        String name = colon < 0 ? "" : trimmed.substring(colon + 1);
        Part part = switch (prefix) {
            case "field" -> Part.VALUE_FIELD;
            case "key.field" -> Part.KEY_FIELD;
            case "header" -> Part.HEADER;
            default -> throw new IllegalArgumentException("'" + trimmed + "' is not one of " + SYNTAX);
        };
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + trimmed + "' names no " + (part == Part.HEADER ? "header" : "field"));
        }
        return new Location(trimmed, part, name);
    }

    public static Location value() {
        return parse("value");
    }

    public boolean isHeader() {
        return part == Part.HEADER;
    }

    public boolean isField() {
        return path != null;
    }

    /** The header name or field path, {@code null} for the whole value or key. */
    public String name() {
        return name;
    }

    /** The text at this location of {@code record}, or {@code null} when it is absent. */
    public String read(ConnectRecord<?> record, Requirements requirements) {
        return switch (part) {
            case VALUE -> Texts.of(record.valueSchema(), record.value());
            case KEY -> Texts.of(record.keySchema(), record.key());
            case VALUE_FIELD -> fieldText(record, record.valueSchema(), record.value(), requirements);
            case KEY_FIELD -> fieldText(record, record.keySchema(), record.key(), requirements);
            case HEADER -> Texts.header(record.headers(), name);
        };
    }

    /** The raw object at this location (a field's value, a header's value), or {@code null}. */
    public Object readObject(ConnectRecord<?> record, Requirements requirements) {
        return switch (part) {
            case VALUE -> record.value();
            case KEY -> record.key();
            case VALUE_FIELD -> container(record, record.value(), requirements) == null ? null : path.get(record.value());
            case KEY_FIELD -> container(record, record.key(), requirements) == null ? null : path.get(record.key());
            case HEADER -> headerValue(record.headers().lastWithName(name));
        };
    }

    private static Object headerValue(Header header) {
        return header == null ? null : header.value();
    }

    /** A copy of {@code record} with {@code newText} at this location; a header is replaced, not added. */
    public <R extends ConnectRecord<R>> R write(R record, String newText, Requirements requirements) {
        return switch (part) {
            case VALUE -> withValue(record, Texts.like(textual(record, record.value(), requirements), newText));
            case KEY -> record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(),
                    Texts.like(textual(record, record.key(), requirements), newText), record.valueSchema(),
                    record.value(), record.timestamp());
            case VALUE_FIELD -> withValue(record, withField(record, record.valueSchema(), record.value(), newText,
                    requirements));
            case KEY_FIELD -> record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(),
                    withField(record, record.keySchema(), record.key(), newText, requirements),
                    record.valueSchema(), record.value(), record.timestamp());
            case HEADER -> withHeader(record, name, newText);
        };
    }

    /** A copy of {@code record} whose header {@code name} is {@code text} (replacing any of that name). */
    public static <R extends ConnectRecord<R>> R withHeader(R record, String name, String text) {
        return RecordHeaders.put(record, name, Schema.STRING_SCHEMA, text, false);
    }

    private static <R extends ConnectRecord<R>> R withValue(R record, Object value) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), value, record.timestamp());
    }

    private String fieldText(ConnectRecord<?> record, Schema schema, Object container, Requirements requirements) {
        if (container(record, container, requirements) == null) {
            return null;
        }
        Object field = path.get(container);
        return Texts.of(schema == null ? null : path.schemaIn(schema), field);
    }

    private Object withField(ConnectRecord<?> record, Schema schema, Object container, String newText,
                             Requirements requirements) {
        if (container(record, container, requirements) == null) {
            return null;
        }
        Object current = path.get(container);
        if (container instanceof Struct) {
            Schema fieldSchema = path.schemaIn(schema);
            if (fieldSchema == null || !(fieldSchema.type() == Schema.Type.STRING || fieldSchema.type() == Schema.Type.BYTES)) {
                throw requirements.fail(record, text + " must be a STRING or BYTES field of the schema, found "
                        + (fieldSchema == null ? "no such field" : fieldSchema.type()));
            }
            current = fieldSchema.type() == Schema.Type.BYTES ? new byte[0] : "";
        }
        try {
            return path.with(container, Texts.like(current, newText));
        } catch (IllegalArgumentException e) {
            throw requirements.fail(record, "cannot write " + text, e);
        }
    }

    /** {@code value} when text can replace it without changing its schema, else an error naming the transform. */
    private Object textual(ConnectRecord<?> record, Object value, Requirements requirements) {
        if (value == null || Texts.isText(value)) {
            return value;
        }
        throw requirements.fail(record, "cannot write text into " + text + ", a " + Requirements.typeOf(value)
                + "; name a field of it with field:PATH");
    }

    /** {@code value} when it is a Struct or Map, {@code null} for a tombstone, else an error naming the transform. */
    private Object container(ConnectRecord<?> record, Object value, Requirements requirements) {
        if (value == null || FieldPath.isContainer(value)) {
            return value;
        }
        throw requirements.fail(record, text + " needs a Struct or Map " + (part == Part.KEY_FIELD ? "key" : "value")
                + ", found " + Requirements.typeOf(value));
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Location location && location.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
