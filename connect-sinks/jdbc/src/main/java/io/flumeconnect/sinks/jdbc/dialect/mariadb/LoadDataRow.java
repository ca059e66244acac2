package io.flumeconnect.sinks.jdbc.dialect.mariadb;

import io.flumeconnect.sinks.jdbc.row.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * Values as {@code LOAD DATA} reads them with its default format: fields separated by a tab, rows ended by a
 * newline, NULL as {@code \N}, and a backslash escaping the characters that would otherwise end a field or a row
 * ({@code \\}, {@code \t}, {@code \n}, {@code \r}, {@code \0}), so a text {@code \N} stays text. Bytes go as hex
 * and are decoded by the statement ({@code UNHEX}); booleans as 1/0; temporals as the UTC wall clock, as the
 * INSERT path binds them.
 */
final class LoadDataRow {
    private static final HexFormat HEX = HexFormat.of();
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private LoadDataRow() {
    }

    static void append(StringBuilder out, List<Column> columns, List<Object> values) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values.get(i);
            if (value == null) {
                out.append("\\N");
            } else {
                field(out, columns.get(i), value);
            }
        }
    }

    private static void field(StringBuilder out, Column column, Object value) {
        switch (column.kind()) {
            case STRING, JSON -> escaped(out, value.toString());
            case BYTES -> HEX.formatHex(out, (byte[]) value);
            case BOOLEAN -> out.append((Boolean) value ? '1' : '0');
            case DECIMAL -> out.append(((BigDecimal) value).toPlainString());
            case DATE -> out.append(utc(value).toLocalDate());
            case TIME -> TIME.formatTo(utc(value), out);
            case TIMESTAMP -> DATETIME.formatTo(utc(value), out);
            case INT8, INT16, INT32, INT64 -> out.append(((Number) value).longValue());
            case FLOAT32 -> out.append(((Number) value).floatValue());
            case FLOAT64 -> out.append(((Number) value).doubleValue());
        }
    }

    private static LocalDateTime utc(Object value) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(((java.util.Date) value).getTime()), ZoneOffset.UTC);
    }

    private static void escaped(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char escape = escape(text.charAt(i));
            if (escape != 0) {
                out.append(text, from, i).append('\\').append(escape);
                from = i + 1;
            }
        }
        out.append(text, from, text.length());
    }

    /** The letter after the backslash for a character that needs one, or 0. */
    private static char escape(char c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\0' -> '0';
            default -> 0;
        };
    }
}
