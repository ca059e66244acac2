package io.flumeconnect.sinks.jdbc.dialect.sqlite;

import io.flumeconnect.sinks.jdbc.dialect.ValueBinder;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/** SQLite has no date types: dates, times and timestamps are stored as ISO-8601 text in UTC, which sorts and compares. */
final class SqliteValueBinder extends ValueBinder {
    @Override
    protected void bindTemporal(PreparedStatement statement, int index, ColumnKind kind, java.util.Date value)
            throws SQLException {
        Instant instant = Instant.ofEpochMilli(value.getTime());
        String text = switch (kind) {
            case DATE -> instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            case TIME -> instant.atOffset(ZoneOffset.UTC).toLocalTime().toString();
            default -> instant.toString();
        };
        statement.setString(index, text);
    }
}
