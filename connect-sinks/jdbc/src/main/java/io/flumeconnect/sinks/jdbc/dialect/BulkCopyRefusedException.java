package io.flumeconnect.sinks.jdbc.dialect;

import java.sql.SQLException;

/**
 * The database refuses the bulk path itself, for every batch alike (MariaDB with {@code local_infile=OFF}): the
 * writer then writes with INSERT for the rest of the task's life.
 */
public class BulkCopyRefusedException extends SQLException {
    public BulkCopyRefusedException(String message, SQLException cause) {
        super(message, cause.getSQLState(), cause.getErrorCode(), cause);
    }
}
