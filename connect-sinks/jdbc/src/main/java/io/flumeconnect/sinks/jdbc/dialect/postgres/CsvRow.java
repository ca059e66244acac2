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
    private CsvRow() {
    }

    static void append(StringBuilder out, List<Column> columns, List<Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            if (value != null) {
                out.append(field(columns.get(i), value));
            }
        }
    }

    private static String field(Column column, Object value) {
        return switch (column.kind()) {
            case STRING, JSON -> quoted(value.toString());
            case BYTES -> "\\x" + HexFormat.of().formatHex((byte[]) value);
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE -> utc(value).toLocalDate().toString();
            case TIME -> utc(value).toLocalTime().toString();
            case TIMESTAMP -> Instant.ofEpochMilli(((java.util.Date) value).getTime()).toString();
            default -> value.toString();
        };
    }

    private static java.time.OffsetDateTime utc(Object value) {
        return Instant.ofEpochMilli(((java.util.Date) value).getTime()).atOffset(ZoneOffset.UTC);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
