package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task end to end against a SQLite file: mapping, batching, evolution, upsert, delete, bad-row isolation. */
class JdbcSinkTaskSqliteTest {
    @TempDir
    Path dir;

    private static final TopicPartition LOGS = new TopicPartition("logs", 0);
    private static final Map<TopicPartition, OffsetAndMetadata> CURRENT = Map.of(LOGS, new OffsetAndMetadata(0));

    private final FakeSinkTaskContext context = new FakeSinkTaskContext(true);
    private JdbcSinkTask task;
    private long offset;

    @AfterEach
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    private void start(Map<String, String> overrides) {
        start(JdbcSinkTask.WRITE_WAIT, overrides);
    }

    private void start(Duration writeWait, Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of("connection.url", url(), "auto.create", "true",
                "auto.evolve", "true", "batch.size", "4"));
        props.putAll(overrides);
        task = new JdbcSinkTask(writeWait);
        task.initialize(context);
        task.start(props);
    }

    /**
     * As Connect drives the task: {@code put}, which hands the rows to the writer thread; an offset commit, whose
     * {@code preCommit} waits for that write; the next poll's {@code put}, which answers what the write came to.
     */
    private void write(List<SinkRecord> records) {
        task.put(records);
        task.preCommit(Map.of());
        task.put(List.of());
    }

    /** A task with retry.backoff.ms=7 that wrote a row into logs, which was then dropped behind its back. */
    private void startAndDropTheTableAfterOneRow() throws SQLException {
        start(Map.of("retry.backoff.ms", "7"));
        write(List.of(record(null, Map.of("a", 1L))));
        execute("DROP TABLE logs");
    }

    /** Holds SQLite's write lock (a transaction begun EXCLUSIVE) until committed: the task's writes wait for it. */
    private Connection lockDatabase() throws SQLException {
        Connection lock = DriverManager.getConnection(url());
        try (Statement statement = lock.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
        }
        return lock;
    }

    private static void unlock(Connection lock) throws SQLException {
        try (Statement statement = lock.createStatement()) {
            statement.execute("COMMIT");
        }
        lock.close();
    }

    /** preCommit's offset for logs-0 once it reaches {@code expected}, polled: the writer needs a moment after a lock ends. */
    private void awaitCommittable(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Objects.equals(task.preCommit(CURRENT).get(LOGS), new OffsetAndMetadata(expected))) {
            assertThat(System.nanoTime()).as("offset %d committable within 60 s", expected).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private SinkRecord record(Object key, Object value) {
        return new SinkRecord("logs", 0, null, key, null, value, offset++);
    }

    private List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void structRecordsCreateTheTableAndAreWrittenInBatches() throws SQLException {
        start(Map.of());
        Schema schema = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).field("msg", Schema.OPTIONAL_STRING_SCHEMA)
                .field("at", org.apache.kafka.connect.data.Timestamp.SCHEMA).build();
        List<SinkRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Struct value = new Struct(schema).put("id", (long) i).put("msg", "line " + i).put("at", new java.util.Date(86_400_000L * i));
            records.add(new SinkRecord("logs", 0, null, null, schema, value, offset++));
        }
        write(records);

        assertThat(query("SELECT id, msg, at FROM logs ORDER BY id")).hasSize(10)
                .first().isEqualTo(List.of(0, "line 0", "1970-01-01T00:00:00Z"));
        assertThat(task.preCommit(Map.of(new TopicPartition("logs", 0), new OffsetAndMetadata(0))))
                .containsEntry(new TopicPartition("logs", 0), new OffsetAndMetadata(10));
    }

    @Test
    void schemalessMapsEvolveTheTable() throws SQLException {
        start(Map.of());
        write(List.of(record(null, Map.of("a", 1L)), record(null, map("a", 2L, "b", "two", "nested", Map.of("x", true)))));

        assertThat(query("SELECT a, b, nested FROM logs ORDER BY a"))
                .containsExactly(java.util.Arrays.asList(1, null, null), List.of(2, "two", "{\"x\":true}"));
    }

    @Test
    void upsertByRecordKeyKeepsTheLatestValueAndTombstonesDelete() throws SQLException {
        start(Map.of("insert.mode", "upsert", "pk.mode", "record_key", "pk.fields", "host", "delete.enabled", "true"));
        write(List.of(record("web1", Map.of("status", "up")), record("web2", Map.of("status", "up")),
                record("web1", Map.of("status", "down")), record("web2", null)));

        assertThat(query("SELECT host, status FROM logs")).containsExactly(List.of("web1", "down"));
    }

    @Test
    void kafkaCoordinatesMakeRedeliveryIdempotent() throws SQLException {
        start(Map.of("insert.mode", "upsert", "pk.mode", "kafka"));
        List<SinkRecord> records = List.of(record(null, Map.of("m", "a")), record(null, Map.of("m", "b")));
        write(records);
        write(records);

        assertThat(query("SELECT __connect_topic, __connect_partition, __connect_offset, m FROM logs ORDER BY 3"))
                .containsExactly(List.of("logs", 0, 0, "a"), List.of("logs", 0, 1, "b"));
    }

    @Test
    void rowsTheDatabaseRefusesGoToTheDeadLetterQueueAndTheRestIsWritten() throws SQLException {
        execute("CREATE TABLE logs (msg TEXT CHECK (length(msg) < 6))");
        start(Map.of("batch.size", "100"));
        List<SinkRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(record(null, Map.of("msg", i % 7 == 3 ? "far too long " + i : "ok " + i)));
        }
        write(records);

        assertThat(query("SELECT count(*) FROM logs")).containsExactly(List.of(17));
        assertThat(context.reported).extracting(SinkRecord::kafkaOffset).containsExactly(3L, 10L, 17L);
        assertThat(context.reasons.get(0)).hasMessageContaining("CHECK constraint");
        assertThat(task.preCommit(Map.of(new TopicPartition("logs", 0), new OffsetAndMetadata(0))))
                .containsEntry(new TopicPartition("logs", 0), new OffsetAndMetadata(20));
    }

    @Test
    void recordsThatCannotBeMappedGoToTheDeadLetterQueue() throws SQLException {
        start(Map.of("insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id"));
        write(List.of(record(null, Map.of("id", 1L, "m", "a")), record(null, Map.of("m", "no id"))));

        assertThat(query("SELECT id, m FROM logs")).containsExactly(List.of(1, "a"));
        assertThat(context.reasons).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("'id'"));
    }

    @Test
    void jsonMappingStoresTheWholeValueAndExtractsFields() throws SQLException {
        start(Map.of("value.mapping", "json", "value.column", "doc", "value.json.fields", "level",
                "headers.columns", "host", "table.name.format", "${topic}_${field.level}",
                "table.name.allowed.regex", "logs_(warn|info)"));
        SinkRecord record = record(null, map("level", "warn", "msg", "disk full"));
        record.headers().addString("host", "web1");
        write(List.of(record));

        assertThat(query("SELECT doc, level, host FROM logs_warn"))
                .containsExactly(List.of("{\"level\":\"warn\",\"msg\":\"disk full\"}", "warn", "web1"));
    }

    @Test
    void stringValuesGoToTheValueColumn() throws SQLException {
        start(Map.of("table.name.format", "raw.${topic}"));
        write(List.of(record(null, "a plain log line")));

        assertThat(query("SELECT value FROM \"raw.logs\"")).containsExactly(List.of("a plain log line"));
    }

    @Test
    void aDroppedTableIsRetriedAndCreatedAgainWithoutDeadLetters() throws SQLException {
        startAndDropTheTableAfterOneRow();
        List<SinkRecord> next = List.of(record(null, Map.of("a", 2L)), record(null, Map.of("a", 3L)));

        assertThatThrownBy(() -> write(next)).isInstanceOf(RetriableException.class).hasMessageContaining("no such table");
        assertThat(context.timeoutMs).isEqualTo(7);
        task.put(List.of()); // Connect delivers the batch whose put failed again: the held records are written first

        assertThat(query("SELECT a FROM logs ORDER BY a")).containsExactly(List.of(2), List.of(3));
        assertThat(context.reported).isEmpty();
    }

    @Test
    void aReadOnlyDatabaseFailsTheTaskAfterItsRetriesWithoutDeadLetters() throws SQLException {
        execute("CREATE TABLE logs (a INTEGER)");
        task = new JdbcSinkTask();
        task.initialize(context);
        task.start(Map.of("connection.url", url() + "?open_mode=1", "max.retries", "1", "retry.backoff.ms", "1"));
        List<SinkRecord> records = List.of(record(null, Map.of("a", 1L)));

        assertThatThrownBy(() -> write(records)).isInstanceOf(RetriableException.class).hasMessageContaining("READONLY");
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("max.retries");
        assertThat(context.reported).isEmpty();
    }

    @Test
    void aMissingTableWithoutAutoCreateFailsTheTask() {
        start(Map.of("auto.create", "false"));

        assertThatThrownBy(() -> write(List.of(record(null, Map.of("a", 1L)))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("auto.create");
    }

    @Test
    void refusedRecordsFailTheTaskWithoutADeadLetterQueue() {
        FakeSinkTaskContext noReporter = new FakeSinkTaskContext(false);
        task = new JdbcSinkTask();
        task.initialize(noReporter);
        task.start(Map.of("connection.url", url(), "auto.create", "true", "pk.mode", "record_value", "pk.fields", "id",
                "insert.mode", "upsert"));

        assertThatThrownBy(() -> write(List.of(record(null, Map.of("m", "no id")))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("no dead-letter queue");
    }

    @Test
    void unreachableDatabaseIsRetriedThenFailsTheTask() {
        task = new JdbcSinkTask();
        task.initialize(context);
        task.start(Map.of("connection.url", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "max.retries", "2",
                "retry.backoff.ms", "5"));
        List<SinkRecord> records = List.of(record(null, Map.of("a", 1L)));

        assertThatThrownBy(() -> write(records)).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(RetriableException.class);
        assertThat(context.timeoutMs).isEqualTo(5);
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("max.retries");
    }

    @Test
    void anInFlightWriteIsNotCommittableUntilItsTransactionCommitted() throws Exception {
        start(Duration.ofMillis(200), Map.of("connection.url", url() + "?busy_timeout=60000"));
        write(List.of(record(null, Map.of("a", 1L))));
        Connection lock = lockDatabase();
        task.put(List.of(record(null, Map.of("a", 2L)), record(null, Map.of("a", 3L))));

        assertThat(task.preCommit(CURRENT)).as("preCommit gave up waiting after 200 ms: the write is in flight")
                .containsEntry(LOGS, new OffsetAndMetadata(1));
        unlock(lock);
        awaitCommittable(3);
        assertThat(query("SELECT a FROM logs ORDER BY a")).containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void aFailedInFlightWriteIsWrittenAgainBeforeTheNextDeliveryAndNothingIsWrittenTwice() throws SQLException {
        startAndDropTheTableAfterOneRow();
        List<SinkRecord> failing = List.of(record(null, Map.of("a", 2L)), record(null, Map.of("a", 3L)));
        List<SinkRecord> next = List.of(record(null, Map.of("a", 4L)));
        task.put(failing); // written in the background, into a table that is gone

        assertThatThrownBy(() -> task.put(next)).isInstanceOf(RetriableException.class).hasMessageContaining("no such table");
        assertThat(context.timeoutMs).isEqualTo(7);
        assertThat(task.preCommit(CURRENT)).containsEntry(LOGS, new OffsetAndMetadata(1));
        task.put(next); // Connect delivers next again: the failed delivery is written first, then next
        task.preCommit(CURRENT);

        assertThat(query("SELECT a FROM logs ORDER BY rowid")).containsExactly(List.of(2), List.of(3), List.of(4));
        assertThat(task.preCommit(CURRENT)).containsEntry(LOGS, new OffsetAndMetadata(4));
        assertThat(context.reported).isEmpty();
    }

    @Test
    void aFailedDeliveryLosesTheRecordsOfRevokedPartitionsBeforeItIsWrittenAgain() throws SQLException {
        startAndDropTheTableAfterOneRow();
        TopicPartition other = new TopicPartition("logs", 1);
        task.put(List.of(record(null, Map.of("a", 2L)), new SinkRecord("logs", 1, null, null, null, Map.of("a", 20L), 0),
                record(null, Map.of("a", 3L))));
        assertThat(task.preCommit(CURRENT)).containsEntry(LOGS, new OffsetAndMetadata(1)); // the write failed: held

        task.close(List.of(other)); // revoked: its next owner writes its record
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(RetriableException.class);
        task.put(List.of()); // Connect delivers the batch whose put failed again: the held records are written first

        assertThat(query("SELECT a FROM logs ORDER BY rowid")).containsExactly(List.of(2), List.of(3));
        assertThat(task.preCommit(Map.of(LOGS, new OffsetAndMetadata(0), other, new OffsetAndMetadata(0))))
                .containsOnly(Map.entry(LOGS, new OffsetAndMetadata(3)));
    }

    @Test
    void aRowRefusedInAnInFlightWriteIsReportedFromTheTaskThread() throws SQLException {
        execute("CREATE TABLE logs (msg TEXT CHECK (length(msg) < 6))");
        start(Map.of());
        task.put(List.of(record(null, Map.of("msg", "ok 0")), record(null, Map.of("msg", "far too long")),
                record(null, Map.of("msg", "ok 2"))));
        task.put(List.of(record(null, Map.of("msg", "ok 3")))); // waits for the write before and settles it

        assertThat(context.reported).extracting(SinkRecord::kafkaOffset).containsExactly(1L);
        assertThat(context.reasons.get(0)).hasMessageContaining("CHECK constraint");
        assertThat(context.reportingThreads).containsOnly(Thread.currentThread());
        assertThat(task.preCommit(CURRENT)).containsEntry(LOGS, new OffsetAndMetadata(4));
        assertThat(query("SELECT msg FROM logs ORDER BY rowid")).containsExactly(List.of("ok 0"), List.of("ok 2"), List.of("ok 3"));
    }

    @Test
    void closeWaitsForTheInFlightWrite() throws Exception {
        start(Map.of("connection.url", url() + "?busy_timeout=60000"));
        write(List.of(record(null, Map.of("a", 1L))));
        Connection lock = lockDatabase();
        task.put(List.of(record(null, Map.of("a", 2L)), record(null, Map.of("a", 3L))));
        AtomicBoolean released = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(300); // close() is called meanwhile and must wait for the write
                released.set(true);
                unlock(lock);
            } catch (InterruptedException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        releaser.start();

        task.close(List.of(LOGS));

        assertThat(released).as("close() returned only once the write could end").isTrue();
        releaser.join();
        assertThat(query("SELECT a FROM logs ORDER BY a")).containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void aWriteThatDoesNotEndIsGivenUpAtCloseAndFailsTheTask() throws Exception {
        start(Duration.ofMillis(200), Map.of("connection.url", url() + "?busy_timeout=60000"));
        write(List.of(record(null, Map.of("a", 1L))));
        Connection lock = lockDatabase();
        try {
            task.put(List.of(record(null, Map.of("a", 2L))));
            task.close(List.of(LOGS));

            assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(ConnectException.class)
                    .isNotInstanceOf(RetriableException.class).hasMessageContaining("did not finish a write");
        } finally {
            unlock(lock);
        }
    }

    @Test
    void aFatalWriterErrorFailsTheNextPut() {
        start(Map.of("auto.create", "false"));
        task.put(List.of(record(null, Map.of("a", 1L)))); // returns: the write runs in the background

        assertThatThrownBy(() -> task.put(List.of(record(null, Map.of("a", 2L))))).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("auto.create");
        assertThatThrownBy(() -> task.put(List.of())).isInstanceOf(ConnectException.class).hasMessageContaining("auto.create");
        assertThat(task.preCommit(CURRENT)).isEmpty();
    }

    @Test
    void theWriterThreadIsADaemonNamedAfterTheTask() throws Exception {
        Thread taskThread = new Thread(() -> start(Map.of("name", "logs-to-db")), "task-thread-logs-to-db-3");
        taskThread.start();
        taskThread.join();
        write(List.of(record(null, Map.of("a", 1L))));

        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(thread -> thread.getName().equals("jdbc-sink-writer-logs-to-db-3"))
                .singleElement().satisfies(thread -> assertThat(thread.isDaemon()).isTrue());
        task.stop();
        task = null;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
