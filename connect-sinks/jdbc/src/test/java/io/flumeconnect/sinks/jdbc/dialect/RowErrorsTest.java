package io.flumeconnect.sinks.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.Dialects;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which errors blame a row (dead-letter queue) and which are the database's state (retried, then fatal), per dialect. */
class RowErrorsTest {
    private final Dialect postgres = Dialects.forUrl("jdbc:postgresql://h/db");
    private final Dialect mariadb = Dialects.forUrl("jdbc:mariadb://h/db");
    private final Dialect sqlite = Dialects.forUrl("jdbc:sqlite:x");
    private final Dialect generic = Dialects.forUrl("jdbc:h2:mem:x");

    @Test
    void dataExceptionsConstraintsAndTypeMismatchesBlameTheRowOnPostgres() {
        for (String state : new String[] {"22001", "22P02", "22003", "23505", "23514", "23502", "42804", "54000"}) {
            assertThat(postgres.isRowError(new SQLException("x", state))).as(state).isTrue();
        }
    }

    @Test
    void connectionPermissionSchemaReadOnlyAndDiskFullDoNotBlameTheRowOnPostgres() {
        // connection, permission denied, dropped table, dropped column, read-only transaction, disk full,
        // out of memory, deadlock, serialization, shutdown, too many connections, lock not available
        for (String state : new String[] {"08006", "08001", "42501", "42P01", "42703", "25006", "53100", "53200",
                "40P01", "40001", "57P01", "53300", "55P03", "XX000"}) {
            assertThat(postgres.isRowError(new SQLException("x", state))).as(state).isFalse();
        }
        assertThat(postgres.isRowError(new SQLTransientConnectionException("gone"))).isFalse();
    }

    @Test
    void theWholeChainCountsAndADatabaseFailureAnywhereWins() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 was aborted", "25006", new int[0]);
        batch.setNextException(new SQLException("cannot execute INSERT in a read-only transaction", "25006"));
        assertThat(postgres.isRowError(batch)).isFalse();

        BatchUpdateException refused = new BatchUpdateException("batch entry 0 was aborted", null, new int[0]);
        refused.setNextException(new SQLException("value too long", "22001"));
        assertThat(postgres.isRowError(refused)).isTrue();

        assertThat(postgres.isRowError(new SQLException("wrapped", "23505", new SQLException("x", "57P01")))).isFalse();
    }

    @Test
    void mariaDbValueErrorsOutsideClasses22And23BlameTheRowButReadOnlyAndFullDoNot() {
        assertThat(mariadb.isRowError(new SQLException("Data too long", "22001", 1406))).isTrue();
        assertThat(mariadb.isRowError(new SQLException("Incorrect integer value", "HY000", 1366))).isTrue();
        assertThat(mariadb.isRowError(new SQLException("Data truncated", "01000", 1265))).isTrue();
        assertThat(mariadb.isRowError(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))).isTrue();
        assertThat(mariadb.isRowError(new SQLException("INSERT command denied", "42000", 1142))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("Table 'flume.x' doesn't exist", "42S02", 1146))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("running with the --read-only option", "HY000", 1290))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("read-only transaction", "25006", 1792))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("Disk full", "HY000", 1021))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("The table is full", "HY000", 1114))).isFalse();
        assertThat(mariadb.isRowError(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isFalse();
    }

    @Test
    void sqliteResultCodesDecide() {
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_CONSTRAINT_CHECK]", null, 275))).isTrue();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_CONSTRAINT]", null, 19))).isTrue();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_MISMATCH]", null, 20))).isTrue();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_ERROR] no such table: logs", null, 1))).isFalse();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_READONLY]", null, 8))).isFalse();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_FULL]", null, 13))).isFalse();
        assertThat(sqlite.isRowError(new SQLException("[SQLITE_BUSY] database is locked", null, 5))).isFalse();
    }

    @Test
    void theGenericDialectUsesTheStandardClasses() {
        assertThat(generic.isRowError(new SQLException("x", "22001"))).isTrue();
        assertThat(generic.isRowError(new SQLException("x", "23505"))).isTrue();
        assertThat(generic.isRowError(new SQLException("x", "42501"))).isFalse();
        assertThat(generic.isRowError(new SQLException("x", (String) null))).isFalse();
    }
}
