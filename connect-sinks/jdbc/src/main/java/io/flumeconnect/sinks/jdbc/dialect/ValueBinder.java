package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Binds Connect values as statement parameters with the standard JDBC setters. Connect's Date, Time and
 * Timestamp are UTC, so they are bound with a UTC calendar whatever the JVM's zone.
 */
public class ValueBinder {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(column.kind()));
            return;
        }
        switch (column.kind()) {
            case INT8, INT16 -> statement.setShort(index, ((Number) value).shortValue());
            case INT32 -> statement.setInt(index, ((Number) value).intValue());
            case INT64 -> statement.setLong(index, ((Number) value).longValue());
            case FLOAT32 -> statement.setFloat(index, ((Number) value).floatValue());
            case FLOAT64 -> statement.setDouble(index, ((Number) value).doubleValue());
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case BYTES -> statement.setBytes(index, (byte[]) value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case DATE, TIME, TIMESTAMP -> bindTemporal(statement, index, column.kind(), (java.util.Date) value);
            case STRING, JSON -> statement.setString(index, value.toString());
        }
    }

    protected void bindTemporal(PreparedStatement statement, int index, ColumnKind kind, java.util.Date value)
            throws SQLException {
        Calendar utc = Calendar.getInstance(UTC);
        switch (kind) {
            case DATE -> statement.setDate(index, new java.sql.Date(value.getTime()), utc);
            case TIME -> statement.setTime(index, new java.sql.Time(value.getTime()), utc);
            default -> statement.setTimestamp(index, new java.sql.Timestamp(value.getTime()), utc);
        }
    }

    protected static int sqlType(ColumnKind kind) {
        return switch (kind) {
            case INT8 -> Types.TINYINT;
            case INT16 -> Types.SMALLINT;
            case INT32 -> Types.INTEGER;
            case INT64 -> Types.BIGINT;
            case FLOAT32 -> Types.REAL;
            case FLOAT64 -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case BYTES -> Types.VARBINARY;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case STRING, JSON -> Types.VARCHAR;
        };
    }
}
