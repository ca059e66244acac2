package io.flumeconnect.sinks.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTaskTest {
    private static final TopicPartition P0 = new TopicPartition("logs", 0);

    @TempDir
    Path dir;
    private final SinkTaskContext context = mock(SinkTaskContext.class);
    private final FileSinkTask task = new FileSinkTask();

    @BeforeEach
    void start() {
        task.initialize(context);
        task.start(Map.of("name", "file-sink-test", "file.dir", dir.toString(), "path.template", "%{d}",
                "storage.retries", "2", "storage.retry.backoff.ms", "10", "roll.idle.ms", "0"));
        task.open(List.of(P0));
    }

    @AfterEach
    void stop() {
        task.stop();
    }

    @Test
    void aTaskKilledMidFileIsReplacedByOneThatResumesFromTheFiles() throws IOException {
        FileSinkTask killed = startedTask(mock(SinkTaskContext.class));
        killed.put(records(0, 8, "ok"));                // commits 0-2 and 3-5; 6-7 sit in an open file
        // killed: no close(), no stop(). Its successor starts without consumer offsets.
        SinkTaskContext fresh = mock(SinkTaskContext.class);
        FileSinkTask successor = startedTask(fresh);
        verify(fresh).offset(P0, 6L);
        assertThat(filesIn(dir)).as("the killed task's temporary file is gone").noneMatch(f -> f.endsWith(".tmp"));
        successor.put(records(0, 10, "ok"));            // even from offset 0, what the files hold is skipped
        successor.close(List.of(P0));
        successor.stop();

        List<String> lines = new ArrayList<>();
        for (String file : filesIn(dir.resolve("ok"))) {
            lines.addAll(Files.readAllLines(dir.resolve("ok").resolve(file)));
        }
        assertThat(lines).containsExactly("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
    }

    private FileSinkTask startedTask(SinkTaskContext taskContext) {
        FileSinkTask started = new FileSinkTask();
        started.initialize(taskContext);
        started.start(Map.of("name", "file-sink-test", "file.dir", dir.toString(), "path.template", "%{d}",
                "roll.records", "3", "roll.idle.ms", "0"));
        started.open(List.of(P0));
        return started;
    }

    @Test
    void preCommitReturnsOnlyOffsetsCoveredByCommittedFiles() {
        task.put(records(0, 3, "ok"));
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(3)))).isEmpty();
        task.close(List.of(P0));
        task.open(List.of(P0));
        verify(context).offset(P0, 3L);
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(3)))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void unwritableRecordsGoToTheDeadLetterQueue() {
        ErrantRecordReporter reporter = mock(ErrantRecordReporter.class);
        when(context.errantRecordReporter()).thenReturn(reporter);
        SinkRecord map = new SinkRecord("logs", 0, null, null, null, Map.of("a", 1), 0L);
        task.put(List.of(map));
        verify(reporter).report(any(), any());
    }

    @Test
    void withoutADeadLetterQueueAnUnwritableRecordFailsTheTask() {
        SinkRecord map = new SinkRecord("logs", 0, null, null, null, Map.of("a", 1), 0L);
        assertThatThrownBy(() -> task.put(List.of(map))).isInstanceOf(ConnectException.class)
                .hasMessageContaining("no dead-letter queue");
    }

    private static List<SinkRecord> records(int from, int to, String dirHeader) {
        List<SinkRecord> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SinkRecord record = new SinkRecord("logs", 0, null, null, null, "v" + i, i, 0L, null);
            record.headers().addString("d", dirHeader);
            records.add(record);
        }
        return records;
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }
}
