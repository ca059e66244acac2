package io.flumeconnect.sinks.jdbc.dialect;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the whole chain of an error (causes and next exceptions: a batch error often wraps the real one) to tell
 * a row the database refused from a failure of the database itself.
 */
final class SqlErrors {
    /**
     * SQLState classes that never blame a row, whatever else the chain says: 08 connection, 40 transaction
     * rollback (deadlock, serialization), 53 insufficient resources, 57 operator intervention, 58 system error;
     * and HYT00, a driver's timeout.
     */
    private static final Set<String> DATABASE_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final String TIMEOUT = "HYT00";

    private SqlErrors() {
    }

    /** True when some error in the chain refuses the row ({@code refusesRow}) and none is a database failure. */
    static boolean isRowError(SQLException error, Predicate<SQLException> refusesRow) {
        boolean refused = false;
        Set<Throwable> seen = new HashSet<>();
        Throwable current = error;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql) {
                if (isDatabaseFailure(sql)) {
                    return false;
                }
                refused |= refusesRow.test(sql);
            }
            Throwable next = current instanceof SQLException sql ? sql.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return refused;
    }

    private static boolean isDatabaseFailure(SQLException error) {
        String state = error.getSQLState();
        return error instanceof SQLTransientException || error instanceof SQLRecoverableException
                || state != null && (state.equals(TIMEOUT)
                        || state.length() >= 2 && DATABASE_CLASSES.contains(state.substring(0, 2)));
    }
}
