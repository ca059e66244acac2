package io.flumeconnect.sinks.jdbc.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientErrorsTest {
    private final Dialect postgres = Dialects.forUrl("jdbc:postgresql://h/db");
    private final Dialect mariadb = Dialects.forUrl("jdbc:mariadb://h/db");
    private final Dialect sqlite = Dialects.forUrl("jdbc:sqlite:x");

    @Test
    void connectionDeadlockSerializationAndShutdownAreTransient() {
        for (String state : new String[] {"08006", "08001", "40001", "40P01", "57P01", "57P03", "53300"}) {
            assertThat(postgres.isTransient(new SQLException("x", state))).as(state).isTrue();
        }
        assertThat(postgres.isTransient(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void dataErrorsAreNot() {
        for (String state : new String[] {"23505", "22001", "22P02", "42P01", "42703"}) {
            assertThat(postgres.isTransient(new SQLException("x", state))).as(state).isFalse();
        }
    }

    @Test
    void theRealErrorInsideABatchErrorCounts() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 was aborted", "2BP01", new int[0]);
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(postgres.isTransient(batch)).isTrue();
        assertThat(postgres.isTransient(new SQLException("wrapped", "HY000", new SQLException("x", "40P01")))).isTrue();
    }

    @Test
    void vendorCodesCountPerDialect() {
        assertThat(mariadb.isTransient(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        assertThat(mariadb.isTransient(new SQLException("Data too long", "22001", 1406))).isFalse();
        assertThat(sqlite.isTransient(new SQLException("[SQLITE_BUSY] database is locked", null, 5))).isTrue();
        assertThat(postgres.isTransient(new SQLException("x", null, 5))).isFalse();
    }
}
