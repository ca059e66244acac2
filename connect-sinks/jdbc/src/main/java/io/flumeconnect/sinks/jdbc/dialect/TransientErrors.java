package io.flumeconnect.sinks.jdbc.dialect;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Tells errors worth retrying on a new connection (connection lost, deadlock, serialization failure, server
 * shutting down or starting) from errors about the data, by exception class and SQLState, through the whole
 * chain of causes and next exceptions (a batch error often wraps the real one).
 */
final class TransientErrors {
    /** SQLState classes and codes: 08 connection, 40001 serialization, 40P01 deadlock, 57P0x shutdown/startup, 53300 too many connections, 55P03 lock not available, HYT00 timeout. */
    private static final Set<String> STATES = Set.of("40001", "40P01", "53300", "55P03", "57P01", "57P02", "57P03", "HYT00");

    private TransientErrors() {
    }

    static boolean isTransient(SQLException error, IntPredicate transientVendorCode) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = error;
        while (current != null && seen.add(current)) {
            if (current instanceof SQLException sql && isTransientOne(sql, transientVendorCode)) {
                return true;
            }
            Throwable next = current instanceof SQLException sql ? sql.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return false;
    }

    private static boolean isTransientOne(SQLException error, IntPredicate transientVendorCode) {
        if (error instanceof SQLTransientException || error instanceof SQLRecoverableException) {
            return true;
        }
        String state = error.getSQLState();
        return state != null && (state.startsWith("08") || STATES.contains(state))
                || transientVendorCode.test(error.getErrorCode());
    }
}
