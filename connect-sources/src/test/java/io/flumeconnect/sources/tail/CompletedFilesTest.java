package io.flumeconnect.sources.tail;

import static io.flumeconnect.sources.tail.TaskRunner.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spooling directory: a finished file is renamed or deleted only once every record of it is acknowledged. */
class CompletedFilesTest {
    @TempDir
    Path dir;

    private TailSourceTask task;
    private StubSourceTaskContext context;

    private void start(String... more) {
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "files", dir + "/*",
                "scan.interval.ms", "20", "line.idle.flush.ms", "100", "file.close.idle.ms", "100",
                "fingerprint.bytes", "16", "completed.action", "rename"));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        task = new TailSourceTask();
        context = context == null ? new StubSourceTaskContext(props) : context;
        task.initialize(context);
        task.start(props);
    }

    @AfterEach
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    @Test
    void renamesAFileOnlyOnceKafkaAcknowledgedEveryRecordOfIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\ntwo\nthree\n");
        start();
        List<SourceRecord> records = pollUntil(3);
        assertThat(values(records)).containsExactly("one", "two", "three");

        task.commitRecord(records.get(0), null);
        task.commitRecord(records.get(2), null);
        assertThat(pollFor(Duration.ofMillis(600))).isEmpty();
        assertThat(file).as("renamed while a record was unacknowledged").exists();

        task.commitRecord(records.get(1), null);
        awaitPolling(() -> Files.exists(dir.resolve("a.log.COMPLETED")), "a.log renamed");
        assertThat(file).doesNotExist();
        assertThat(Files.readString(dir.resolve("a.log.COMPLETED"))).isEqualTo("one\ntwo\nthree\n");
        assertThat(pollFor(Duration.ofMillis(400))).as("a renamed file is not read again").isEmpty();
    }

    @Test
    void deletesAFileWhenToldToOnceItIsAcknowledged() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\nlast line without newline");
        start("completed.action", "delete", "completed.suffix", ".done");
        List<SourceRecord> records = pollUntil(2);
        assertThat(values(records)).containsExactly("one", "last line without newline");
        records.forEach(record -> task.commitRecord(record, null));

        awaitPolling(() -> !Files.exists(file), "a.log deleted");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void skipsIgnoredNamesAndFilesAlreadyCompleted() throws Exception {
        Files.writeString(dir.resolve("a.log"), "read\n");
        Files.writeString(dir.resolve("b.tmp"), "ignored\n");
        Files.writeString(dir.resolve("c.log.COMPLETED"), "done before\n");
        start("ignore.pattern", ".*\\.tmp");
        List<SourceRecord> records = pollUntil(1);
        records.forEach(record -> task.commitRecord(record, null));

        awaitPolling(() -> Files.exists(dir.resolve("a.log.COMPLETED")), "a.log renamed");
        assertThat(values(records)).containsExactly("read");
        assertThat(dir.resolve("b.tmp")).exists();
        assertThat(dir.resolve("c.log.COMPLETED.COMPLETED")).doesNotExist();
        assertThat(pollFor(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void renamesAnEmptyFileAndLeavesOneWhoseNewNameIsTaken() throws Exception {
        Files.writeString(dir.resolve("empty.log"), "");
        Path taken = Files.writeString(dir.resolve("b.log"), "again\n");
        Files.writeString(dir.resolve("b.log.COMPLETED"), "an older file of the same name\n");
        start();
        List<SourceRecord> records = pollUntil(1);
        records.forEach(record -> task.commitRecord(record, null));

        awaitPolling(() -> Files.exists(dir.resolve("empty.log.COMPLETED")), "empty.log renamed");
        pollFor(Duration.ofMillis(300));
        assertThat(taken).exists();
        assertThat(Files.readString(dir.resolve("b.log.COMPLETED"))).isEqualTo("an older file of the same name\n");
    }

    /** As after a restart: the copy finds the committed offset of its content and delivers nothing again. */
    @Test
    void aCopyOfACompletedFileIsNotReadAgain() throws Exception {
        String content = lines(20);
        Files.writeString(dir.resolve("a.log"), content);
        start();
        List<SourceRecord> records = pollUntil(20);
        records.forEach(this::commit);
        awaitPolling(() -> Files.exists(dir.resolve("a.log.COMPLETED")), "a.log renamed");
        task.stop();

        Files.writeString(dir.resolve("again.log"), content);
        start();
        awaitPolling(() -> Files.exists(dir.resolve("again.log.COMPLETED")), "again.log renamed");
        assertThat(pollFor(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void leavesFilesWhereTheyAreByDefault() throws Exception {
        Path file = Files.writeString(dir.resolve("a.log"), "one\n");
        start("completed.action", "none");
        pollUntil(1).forEach(record -> task.commitRecord(record, null));
        pollFor(Duration.ofMillis(500));
        assertThat(file).exists();
        assertThat(dir.resolve("a.log.COMPLETED")).doesNotExist();
    }

    /** What the worker does once Kafka has the record: stores its offset and tells the task. */
    @SuppressWarnings("unchecked")
    private void commit(SourceRecord record) {
        context.committed.put((Map<String, Object>) record.sourcePartition(), (Map<String, Object>) record.sourceOffset());
        task.commitRecord(record, null);
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("line ").append(i).append(" of a spooled file\n");
        }
        return text.toString();
    }

    private List<SourceRecord> pollUntil(int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    private List<SourceRecord> pollFor(Duration duration) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        return records;
    }

    private void awaitPolling(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            assertThat(task.poll()).as("records while waiting for: " + what).isNull();
        }
    }
}
