package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process-level failure of the JDBC sink: a Kafka broker process and two Connect worker processes with the packaged
 * plugins on {@code plugin.path}; two sink tasks upsert schemaless JSON records of a 3-partition topic, keyed by their
 * Kafka coordinates ({@code pk.mode=kafka}), into a SQLite file. While the producer feeds the topic, the worker
 * running task 0 is SIGKILLed (no task stop, no offset commit, possibly mid-transaction); its partitions move to
 * the survivor, which rewrites what was written after the last committed offsets; then a worker started again takes
 * a task back (a graceful rebalance). The table then holds exactly one row per produced record: none missing, none
 * twice. The work directory
 * {@code <target>/flume-connect/jdbc-worker-crash} keeps every process's log and the database.
 */
class JdbcWorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(90);
    private static final String TOPIC = "jdbc-crash";
    private static final String TABLE = "records";

    private static CrashCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = CrashCluster.start("jdbc-worker-crash");
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void upsertWithKafkaCoordinateKeysWritesEveryRecordOnceWhenAWorkerIsKilled() throws Exception {
        Path database = cluster.dir().resolve("sink.db");
        cluster.broker().createTopics(3, TOPIC);
        // The killed task's consumer keeps its partitions until its session expires (45 s by default).
        Map<String, String> workerConfig = Map.of("consumer.session.timeout.ms", "10000",
                "consumer.heartbeat.interval.ms", "2000");
        try (CrashCluster.Workers workers = cluster.startWorkers(TOPIC, 2, workerConfig);
             NumberedProducer producer = new NumberedProducer(cluster.broker().bootstrapServers(), TOPIC, 3,
                     n -> "{\"line\":\"%s\",\"n\":%d}".formatted(Tally.value(NumberedProducer.PREFIX, n), n));
             SinkGroup group = new SinkGroup(cluster.broker().bootstrapServers(), TOPIC)) {
            workers.anyLiveRest().putConnector(TOPIC, Map.ofEntries(
                    Map.entry("connector.class", "io.flumeconnect.sinks.jdbc.JdbcSinkConnector"),
                    Map.entry("tasks.max", "2"),
                    Map.entry("topics", TOPIC),
                    Map.entry("value.converter", "org.apache.kafka.connect.json.JsonConverter"),
                    Map.entry("value.converter.schemas.enable", "false"),
                    Map.entry("connection.url", "jdbc:sqlite:" + database),
                    Map.entry("table.name.format", TABLE),
                    Map.entry("insert.mode", "upsert"),
                    Map.entry("pk.mode", "kafka"),
                    Map.entry("auto.create", "true"),
                    Map.entry("auto.evolve", "true")));
            workers.anyLiveRest().awaitRunning(TOPIC, TIMEOUT);
            producer.start();
            SqliteRows rows = new SqliteRows(database, TABLE);
            // Both tasks hold partitions and committed offsets: the kill leaves a committed position to resume from.
            Await.until(() -> rows.count() >= 3000 && group.committed().size() == 3
                            && !group.partitionsOf(0).isEmpty() && !group.partitionsOf(1).isEmpty(), TIMEOUT,
                    () -> "the sink wrote fewer than 3000 rows, committed no offsets or runs one task only");

            Set<Integer> victimPartitions = group.partitionsOf(0);
            LocalConnectWorker victim = workers.killWorkerRunningTask(TOPIC);
            long rewritten = rowsPastCommittedOffsets(rows, group, victimPartitions);
            workers.awaitTasksMovedFrom(TOPIC, victim, MOVE_TIMEOUT);
            producer.awaitMore(3000, TIMEOUT);
            workers.start(1);
            workers.awaitSomeTaskOn(TOPIC, workers.newest(), MOVE_TIMEOUT);
            producer.awaitMore(3000, TIMEOUT);
            producer.stop();
            long produced = producer.fed();
            long rowsAtStop = rows.count();
            long stopped = System.nanoTime();

            Await.until(() -> rows.count() >= produced && rows.values("line", NumberedProducer.PREFIX).hasAll(produced),
                    TIMEOUT, () -> "rows missing: " + describe(rows, produced));
            Tally lines = rows.values("line", NumberedProducer.PREFIX);
            System.out.printf("JdbcWorkerCrashIT: %d records produced, %d rows (%d when the producer stopped, all "
                    + "%.1f s later); the killed task (partitions %s) had written %d rows past its committed offsets, "
                    + "rewritten by the next task; %s%n", produced, rows.count(), rowsAtStop,
                    (System.nanoTime() - stopped) / 1e9, victimPartitions, rewritten, rows.partitions());
            assertThat(rows.count()).as("rows").isEqualTo(produced);
            assertThat(rows.duplicateCoordinates()).as("rows with the same Kafka coordinates").isZero();
            assertThat(lines.duplicates()).as("records written twice").isZero();
            assertThat(lines.unexpected(produced)).as("rows that were not produced").isEmpty();
            assertThat(rows.partitions()).as("every partition's offsets 0..N-1, once each").hasSize(3)
                    .allMatch(SqliteRows.Partition::complete);
        }
    }

    /**
     * The rows of {@code partitions} in the table beyond the group's committed offsets: what the next owner of those
     * partitions is redelivered and upserts again (read right after the kill, before it moved).
     */
    private static long rowsPastCommittedOffsets(SqliteRows rows, SinkGroup group, Set<Integer> partitions)
            throws IOException, InterruptedException {
        Map<Integer, Long> committed = group.committed();
        return rows.partitions().stream().filter(p -> partitions.contains(p.partition()))
                .mapToLong(p -> p.lastOffset() + 1 - committed.getOrDefault(p.partition(), 0L)).sum();
    }

    private static String describe(SqliteRows rows, long produced) {
        try {
            return rows.count() + " rows of " + produced + ", missing e.g. "
                    + rows.values("line", NumberedProducer.PREFIX).missing(produced) + ", partitions " + rows.partitions();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
