package io.flumeconnect.sinks.jdbc.writer;

import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;

/** The database refused one row; the message carries the database's own (reported in the DLQ headers). */
public final class RowRejectedException extends ConnectException {
    public RowRejectedException(String table, SQLException cause) {
        super("table " + table + " rejected the row: " + detail(cause), cause);
    }

    /** The innermost useful message: batch errors often hide the real one in their next exception. */
    private static String detail(SQLException error) {
        SQLException next = error.getNextException();
        String message = next != null && next != error ? next.getMessage() : error.getMessage();
        return message + (error.getSQLState() == null ? "" : " (SQLState " + error.getSQLState() + ")");
    }
}
