package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.row.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * Values as PostgreSQL's CSV COPY format reads them: NULL is an unquoted empty field, every text is quoted
 * (quotes doubled), bytes in bytea hex form, temporals in ISO-8601 UTC.
 */
final class CsvRow {
    private static final HexFormat HEX = HexFormat.of();

    private CsvRow() {
    }

    static void append(StringBuilder out, List<Column> columns, List<Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            if (value != null) {
                field(out, columns.get(i), value);
            }
        }
    }

    /** Appends one field; text and numbers go straight into {@code out}, with no String of their own. */
    private static void field(StringBuilder out, Column column, Object value) {
        switch (column.kind()) {
            case STRING, JSON -> quoted(out, value.toString());
            case BYTES -> HEX.formatHex(out.append("\\x"), (byte[]) value);
            case DECIMAL -> out.append(((BigDecimal) value).toPlainString());
            case DATE -> out.append(utc(value).toLocalDate());
            case TIME -> out.append(utc(value).toLocalTime());
            case TIMESTAMP -> out.append(Instant.ofEpochMilli(((java.util.Date) value).getTime()));
            default -> scalar(out, value);
        }
    }

    /** Numbers and booleans as their toString() would print them, without building that String. */
    private static void scalar(StringBuilder out, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double d) {
            out.append(d.doubleValue());
        } else if (value instanceof Float f) {
            out.append(f.floatValue());
        } else {
            out.append(value);
        }
    }

    private static java.time.OffsetDateTime utc(Object value) {
        return Instant.ofEpochMilli(((java.util.Date) value).getTime()).atOffset(ZoneOffset.UTC);
    }

    private static void quoted(StringBuilder out, String text) {
        out.append('"');
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            out.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        out.append(text, from, text.length()).append('"');
    }
}
