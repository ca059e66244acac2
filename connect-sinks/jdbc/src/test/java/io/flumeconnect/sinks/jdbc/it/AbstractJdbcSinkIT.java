package io.flumeconnect.sinks.jdbc.it;

import static io.flumeconnect.testkit.ConnectTestCluster.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.runtime.rest.errors.ConnectRestException;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC sink on a real Connect cluster against a real database; one subclass per database starts it.
 * Records arrive as JSON (with and without schemas); the assertions read the tables over JDBC.
 */
abstract class AbstractJdbcSinkIT {
    static final String CONNECTOR_CLASS = "io.flumeconnect.sinks.jdbc.JdbcSinkConnector";
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    static ConnectTestCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = ConnectTestCluster.builder().workers(2).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The URL the connector and the assertions use. */
    abstract String jdbcUrl();

    /** Whether this database takes {@code a} and {@code A} for the same column (MariaDB, SQLite). */
    abstract boolean columnNamesIgnoreCase();

    /** An identifier quoted for this database, for the test's own SQL (ANSI double quotes unless overridden). */
    String quote(String identifier) {
        return '"' + identifier + '"';
    }

    Map<String, String> connector(String topic, String... keysAndValues) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", CONNECTOR_CLASS,
                "topics", topic,
                "tasks.max", "1",
                "connection.url", jdbcUrl(),
                "auto.create", "true",
                "auto.evolve", "true",
                "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "false"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return config;
    }

    /**
     * Creates a connector, retrying while the worker group re-forms after a worker was stopped (requests are
     * forwarded to a leader that may be gone).
     */
    static void putConnector(String name, Map<String, String> config) throws InterruptedException {
        retryRest(() -> cluster.putConnector(name, config));
    }

    static void deleteConnector(String name) throws InterruptedException {
        retryRest(() -> cluster.deleteConnector(name));
    }

    private static void retryRest(Runnable call) throws InterruptedException {
        RuntimeException[] last = {null};
        awaitCondition(() -> {
            try {
                call.run();
                return true;
            } catch (ConnectRestException e) {
                last[0] = e;
                return false;
            }
        }, TIMEOUT, () -> "REST call kept failing: " + last[0]);
    }

    /**
     * Sends {@code values} round-robin over the partitions and waits for every acknowledgement. Not idempotent,
     * one request in flight: a send right after topic creation may meet a partition without a leader yet, and
     * an idempotent producer can then stall on OUT_OF_ORDER_SEQUENCE_NUMBER.
     */
    static void produce(String topic, int partitions, List<String> values) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                sent.add(producer.send(new ProducerRecord<>(topic, i % partitions, null, values.get(i).getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** {@code {"n":from}} to {@code {"n":to - 1}}. */
    static List<String> numbered(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "{\"n\":" + i + "}").toList();
    }

    /** See {@link #produce}. */
    static KafkaProducer<byte[], byte[]> producer() {
        return cluster.kafka().createProducer(Map.of("enable.idempotence", "false", "acks", "all",
                "max.in.flight.requests.per.connection", "1"));
    }

    /** The first column of the first row of {@code sql}, or -1 when it fails (no table yet, database restarting). */
    long count(String sql) {
        return JdbcQueries.count(jdbcUrl(), sql);
    }

    long rows(String table) {
        return count("SELECT COUNT(*) FROM " + quote(table));
    }

    void awaitRows(String table, long expected) throws InterruptedException {
        awaitCondition(() -> rows(table) >= expected, TIMEOUT, () -> table + " holds " + rows(table) + " rows, expected " + expected);
    }

    List<String> columns(String table) throws Exception {
        return JdbcQueries.columns(jdbcUrl(), quote(table));
    }

    void execute(String sql) throws Exception {
        JdbcQueries.execute(jdbcUrl(), sql);
    }

    @Test
    void structRecordsCreateAndEvolveTheTable() throws Exception {
        cluster.createTopic("structs", 1);
        String v1 = "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":\"int64\"},"
                + "{\"field\":\"msg\",\"type\":\"string\"}]},\"payload\":{\"id\":%d,\"msg\":\"line %d\"}}";
        String v2 = "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"field\":\"id\",\"type\":\"int64\"},"
                + "{\"field\":\"msg\",\"type\":\"string\"},{\"field\":\"at\",\"type\":\"int64\",\"optional\":true,"
                + "\"name\":\"org.apache.kafka.connect.data.Timestamp\"},{\"field\":\"price\",\"type\":\"bytes\",\"optional\":true,"
                + "\"name\":\"org.apache.kafka.connect.data.Decimal\",\"parameters\":{\"scale\":\"2\"}}]},"
                + "\"payload\":{\"id\":%d,\"msg\":\"line %d\",\"at\":1700000000000,\"price\":\"MDk=\"}}";
        produce("structs", 1, IntStream.range(0, 50).mapToObj(i -> String.format(v1, i, i)).toList());
        putConnector("structs", connector("structs", "value.converter.schemas.enable", "true"));
        awaitRows("structs", 50);
        produce("structs", 1, IntStream.range(50, 100).mapToObj(i -> String.format(v2, i, i)).toList());
        awaitRows("structs", 100);

        assertThat(columns("structs")).containsExactlyInAnyOrder("id", "msg", "at", "price");
        assertThat(count("SELECT COUNT(*) FROM " + quote("structs") + " WHERE " + quote("price") + " = 123.45")).isEqualTo(50);
        deleteConnector("structs");
    }

    @Test
    void schemalessJsonBecomesColumnsWithInferredTypes() throws Exception {
        cluster.createTopic("json-logs", 1);
        produce("json-logs", 1, List.of(
                "{\"host\":\"web1\",\"status\":200,\"took\":0.25}",
                "{\"host\":\"web2\",\"status\":500,\"error\":{\"code\":\"E1\"},\"tags\":[\"a\",\"b\"]}",
                "{\"host\":\"web3\",\"status\":404,\"ok\":false}"));
        putConnector("json-logs", connector("json-logs"));
        awaitRows("json-logs", 3);

        assertThat(columns("json-logs")).containsExactlyInAnyOrder("host", "status", "took", "error", "tags", "ok");
        assertThat(count("SELECT SUM(" + quote("status") + ") FROM " + quote("json-logs"))).isEqualTo(1104);
        deleteConnector("json-logs");
    }

    @Test
    void wholeJsonValueInOneColumnWithExtractedFields() throws Exception {
        cluster.createTopic("json-docs", 1);
        produce("json-docs", 1, List.of("{\"level\":\"warn\",\"msg\":\"disk\"}", "{\"level\":\"info\",\"msg\":\"ok\",\"extra\":1}"));
        putConnector("json-docs", connector("json-docs", "value.mapping", "json", "value.column", "doc",
                "value.json.fields", "level"));
        awaitRows("json-docs", 2);

        assertThat(columns("json-docs")).containsExactlyInAnyOrder("doc", "level");
        assertThat(count("SELECT COUNT(*) FROM " + quote("json-docs") + " WHERE " + quote("level") + " = 'warn'")).isEqualTo(1);
        deleteConnector("json-docs");
    }

    @Test
    void badRowsGoToTheDeadLetterTopicWithTheDatabaseMessage() throws Exception {
        execute("CREATE TABLE " + quote("checked") + " (" + quote("msg") + " VARCHAR(100) CHECK (length(" + quote("msg") + ") < 10))");
        cluster.createTopic("checked", 1);
        cluster.createTopic("checked-dlq", 1);
        produce("checked", 1, IntStream.range(0, 40)
                .mapToObj(i -> "{\"msg\":\"" + (i % 10 == 4 ? "much too long " + i : "ok " + i) + "\"}").toList());
        putConnector("checked", connector("checked", "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", "checked-dlq", "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true"));
        awaitRows("checked", 36);
        List<ConsumerRecord<byte[], byte[]>> dead = cluster.awaitRecords("checked-dlq", 4, TIMEOUT);

        assertThat(ConnectTestCluster.values(dead)).allMatch(v -> v.contains("much too long"));
        assertThat(dead).allSatisfy(r -> assertThat(header(r, "__connect.errors.exception.message"))
                .contains("rejected the row"));
        assertThat(rows("checked")).isEqualTo(36);
        deleteConnector("checked");
    }

    @Test
    void upsertWithKafkaCoordinatesHasNoDuplicatesOrGapsWhenAWorkerDies() throws Exception {
        cluster.createTopic("orders", 2);
        int total = 4000;
        List<String> values = IntStream.range(0, total).mapToObj(i -> "{\"n\":" + i + ",\"body\":\"order " + i + "\"}").toList();
        produce("orders", 2, values.subList(0, total / 2));
        putConnector("orders", connector("orders", "tasks.max", "2", "insert.mode", "upsert", "pk.mode", "kafka",
                "batch.size", "50", "consumer.override.max.poll.records", "50"));
        awaitRows("orders", 200);
        WorkerHandle victim = cluster.workerRunningTask("orders", 0);
        cluster.stopWorker(victim);
        produce("orders", 2, values.subList(total / 2, total));
        try {
            awaitRows("orders", total);
            assertThat(rows("orders")).isEqualTo(total);
            assertThat(count("SELECT COUNT(DISTINCT " + quote("n") + ") FROM " + quote("orders"))).isEqualTo(total);
        } finally {
            cluster.addWorker();
            deleteConnector("orders");
        }
    }

    /** A connector config that sends refused records to {@code topic}-dlq (created here), with the reason in its headers. */
    Map<String, String> connectorWithDeadLetters(String topic, String... keysAndValues) {
        cluster.createTopic(topic + "-dlq", 1);
        Map<String, String> config = connector(topic, keysAndValues);
        config.putAll(Map.of("errors.tolerance", "all", "errors.deadletterqueue.topic.name", topic + "-dlq",
                "errors.deadletterqueue.topic.replication.factor", "1", "errors.deadletterqueue.context.headers.enable", "true"));
        return config;
    }

    @Test
    void aTableDroppedMidStreamIsCreatedAgainAndNoRecordReachesTheDeadLetterQueue() throws Exception {
        cluster.createTopic("dropped", 1);
        produce("dropped", 1, numbered(0, 100));
        putConnector("dropped", connectorWithDeadLetters("dropped", "insert.mode", "upsert", "pk.mode", "kafka",
                "retry.backoff.ms", "500", "max.retries", "20"));
        awaitRows("dropped", 100);
        execute("DROP TABLE " + quote("dropped"));
        produce("dropped", 1, numbered(100, 200));
        awaitCondition(() -> count("SELECT COUNT(*) FROM " + quote("dropped") + " WHERE " + quote("n") + " >= 100") == 100,
                TIMEOUT, () -> "the re-created table holds " + rows("dropped") + " rows; dead letters: "
                        + cluster.readAll("dropped-dlq").size());

        assertThat(cluster.readAll("dropped-dlq")).isEmpty();
        assertThat(cluster.status("dropped").tasks()).allSatisfy(task -> assertThat(task.state()).isEqualTo("RUNNING"));
        deleteConnector("dropped");
    }

    @Test
    void fieldNamesTheDatabaseWouldChangeOrMergeGetColumnsOfTheirOwnOrTheDeadLetterQueue() throws Exception {
        String longName = "f".repeat(70);
        cluster.createTopic("names", 1);
        produce("names", 1, List.of("{\"a\":1,\"A\":2}", "{\"" + longName + "_1\":1,\"" + longName + "_2\":2}",
                "{\"\":3}", "{\"a\":4}"));
        putConnector("names", connectorWithDeadLetters("names"));

        if (columnNamesIgnoreCase()) {
            List<ConsumerRecord<byte[], byte[]>> dead = cluster.awaitRecords("names-dlq", 1, TIMEOUT);
            assertThat(header(dead.get(0), "__connect.errors.exception.message"))
                    .contains("fields 'a' and 'A' would share column 'A'");
            awaitRows("names", 3);
        } else {
            awaitRows("names", 4);
            assertThat(columns("names")).contains("a", "A");
        }
        List<String> columns = columns("names");
        assertThat(columns).hasSize(columnNamesIgnoreCase() ? 4 : 5).doesNotHaveDuplicates()
                .anyMatch(name -> name.matches("_[0-9a-f]{8}"));
        assertThat(columns.stream().filter(name -> name.startsWith("fff"))).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM " + quote("names") + " WHERE " + quote(columns.stream()
                .filter(name -> name.matches("_[0-9a-f]{8}")).findFirst().orElseThrow()) + " = 3")).isEqualTo(1);
        deleteConnector("names");
    }

    /** Table names from a header (bytes, as the ByteArrayConverter gives them) must match the allowed pattern. */
    @Test
    void routedTableNamesOutsideTheAllowedPatternGoToTheDeadLetterQueue() throws Exception {
        cluster.createTopic("routed", 1);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (String table : List.of("events_web", "users", "events_web")) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("routed", 0, null,
                        ("{\"to\":\"" + table + "\"}").getBytes(StandardCharsets.UTF_8));
                record.headers().add("table", table.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        }
        putConnector("routed", connectorWithDeadLetters("routed", "table.name.format", "${header.table}",
                "table.name.allowed.regex", "events_[a-z]+",
                "header.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        awaitRows("events_web", 2);
        List<ConsumerRecord<byte[], byte[]>> dead = cluster.awaitRecords("routed-dlq", 1, TIMEOUT);

        assertThat(header(dead.get(0), "__connect.errors.exception.message"))
                .contains("table name 'users' does not match table.name.allowed.regex");
        assertThat(rows("users")).isEqualTo(-1);
        deleteConnector("routed");
    }

    /** The first value fixes a column's type; auto.evolve widens it (PostgreSQL, MariaDB), SQLite stores any type. */
    @Test
    void valuesOfAnotherTypeThanTheirColumnAreWrittenUnderAutoEvolve() throws Exception {
        cluster.createTopic("amounts", 1);
        cluster.createTopic("took", 1);
        produce("amounts", 1, List.of("{\"amount\":true}", "{\"amount\":12.5}", "{\"amount\":3}", "{\"amount\":false}"));
        produce("took", 1, List.of("{\"took\":2}", "{\"took\":0.25}"));
        putConnector("amounts", connectorWithDeadLetters("amounts"));
        putConnector("took", connectorWithDeadLetters("took"));
        awaitRows("amounts", 4);
        awaitRows("took", 2);

        assertThat(count("SELECT COUNT(*) FROM " + quote("amounts") + " WHERE " + quote("amount") + " = '12.5'")).isEqualTo(1);
        assertThat(cluster.readAll("amounts-dlq")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM " + quote("took") + " WHERE " + quote("took") + " = 0.25"))
                .as("a fraction is not rounded into an integer column").isEqualTo(1);
        assertThat(cluster.readAll("took-dlq")).isEmpty();
        deleteConnector("amounts");
        deleteConnector("took");
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
