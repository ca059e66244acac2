package io.flumeconnect.sinks.file.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.flumeconnect.sinks.file.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connect side of the engine: retries that count and end, the dead-letter queue, errors.tolerance. */
class RollingFileSinkTaskTest {
    private static final TopicPartition P0 = new TopicPartition("logs", 0);
    private static final TopicPartition P1 = new TopicPartition("logs", 1);

    @TempDir
    Path dir;
    private final SinkTaskContext context = mock(SinkTaskContext.class);
    private FlakyStorage storage;
    private TestTask task;

    @AfterEach
    void stop() {
        storage.down = false;
        task.stop();
    }

    @Test
    void anOutageRewindsRetriesAndEndsWithEveryRecordOnce() throws IOException {
        start(Map.of());
        task.put(records(P0, 0, 5, "a"));
        storage.down = true;
        assertThatThrownBy(() -> task.put(records(P0, 5, 6, "b"))).isInstanceOf(RetriableException.class);
        verify(context).timeout(10L);
        verify(context).offset(P0, 0L);

        storage.down = false;
        task.put(records(P0, 5, 6, "b"));               // the redelivered batch: skipped, it comes again from the rewind
        task.put(records(P0, 0, 5, "a"));               // read again from offset 0
        task.put(records(P0, 5, 6, "b"));
        assertThat(task.preCommit(Map.of(P0, new OffsetAndMetadata(6)))).isEmpty();
        task.close(List.of(P0));

        assertThat(Files.readAllLines(dir.resolve("a/logs+0+00000000000000000000+00000000000000000005.txt")))
                .containsExactly("v0", "v1", "v2", "v3", "v4");
        assertThat(Files.readAllLines(dir.resolve("b/logs+0+00000000000000000000+00000000000000000005.txt")))
                .containsExactly("v5");
    }

    @Test
    void theTaskFailsAfterTheConfiguredRetries() {
        start(Map.of());
        storage.down = true;
        List<SinkRecord> batch = records(P0, 0, 1, "a");
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("failed 3 times without a commit (storage.retries=2)")
                .hasMessageContaining(dir.toString());
    }

    /** The stall of issue 17: a put that only skipped redelivered records used to reset the count. */
    @Test
    void retriesEndWhenEveryOtherPutOnlySkipsRedeliveredRecords() {
        start(Map.of());
        storage.failingDir = "b";
        List<SinkRecord> batch = new ArrayList<>(records(P0, 0, 1, "a"));
        batch.addAll(records(P0, 1, 2, "b"));
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> task.put(batch)).isInstanceOf(RetriableException.class);
            task.put(batch);                            // redelivered: skipped, P0 was rewound to 0
        }
        assertThatThrownBy(() -> task.put(batch)).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class).hasMessageContaining("failed 3 times without a commit");
    }

    @Test
    void aPartitionThatKeepsFailingEndsTheTaskWhileAnotherCommits() {
        start(Map.of("roll.records", "1"));
        task.open(List.of(P1));
        storage.failingDir = "sick";
        List<SinkRecord> healthy = records(P1, 0, 30, "ok");
        for (int attempt = 0; attempt < 2; attempt++) {
            task.put(healthy.subList(attempt * 10, attempt * 10 + 10));
            assertThatThrownBy(() -> task.put(records(P0, 0, 1, "sick"))).isInstanceOf(RetriableException.class);
        }
        task.put(healthy.subList(20, 30));
        assertThatThrownBy(() -> task.put(records(P0, 0, 1, "sick"))).isInstanceOf(ConnectException.class)
                .isNotInstanceOf(RetriableException.class);
        assertThat(task.preCommit(Map.of())).containsEntry(P1, new OffsetAndMetadata(30));
    }

    @Test
    void aRecordWhosePathCanNeverBeWrittenGoesToTheDeadLetterQueue() throws IOException {
        start(Map.of());
        Files.writeString(dir.resolve("blocked"), "a file");
        ErrantRecordReporter reporter = mock(ErrantRecordReporter.class);
        when(reporter.report(any(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(context.errantRecordReporter()).thenReturn(reporter);
        List<SinkRecord> batch = new ArrayList<>(records(P0, 0, 1, "a"));
        batch.addAll(records(P0, 1, 2, "blocked"));
        batch.addAll(records(P0, 2, 3, "a"));
        task.put(batch);
        task.close(List.of(P0));

        verify(reporter).report(any(), any());
        assertThat(Files.readAllLines(dir.resolve("a/logs+0+00000000000000000000+00000000000000000002.txt")))
                .containsExactly("v0", "v2");
    }

    @Test
    void withoutAReporterErrorsToleranceAllSkipsTheRecordAndNoneFailsTheTask() throws IOException {
        start(Map.of("errors.tolerance", "all"));
        Files.writeString(dir.resolve("blocked"), "a file");
        task.put(records(P0, 0, 2, "blocked"));
        task.put(records(P0, 2, 3, "a"));
        task.close(List.of(P0));
        assertThat(Files.readAllLines(dir.resolve("a/logs+0+00000000000000000002+00000000000000000002.txt")))
                .containsExactly("v2");
        task.stop();

        start(Map.of());
        task.open(List.of(P0));
        assertThatThrownBy(() -> task.put(records(P0, 3, 4, "blocked"))).isInstanceOf(ConnectException.class)
                .hasMessageContaining("no dead-letter queue and errors.tolerance=none");
    }

    private void start(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of("name", "rolling-file-task-test", "path.template", "%{d}",
                "storage.retries", "2", "storage.retry.backoff.ms", "10", "roll.idle.ms", "0"));
        props.putAll(overrides);
        try {
            storage = new FlakyStorage(new LocalStorage(dir));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        task = new TestTask(storage);
        task.initialize(context);
        task.start(props);
        task.open(List.of(P0));
    }

    private static List<SinkRecord> records(TopicPartition tp, int from, int to, String dirHeader) {
        List<SinkRecord> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SinkRecord record = new SinkRecord(tp.topic(), tp.partition(), null, null, null, "v" + i, i, 0L, null);
            record.headers().addString("d", dirHeader);
            records.add(record);
        }
        return records;
    }

    /** The engine's task over a storage the test controls. */
    private static final class TestTask extends RollingFileSinkTask {
        private final FlakyStorage storage;

        TestTask(FlakyStorage storage) {
            this.storage = storage;
        }

        @Override
        protected Setup setup(Map<String, String> props) {
            RollingFileSettings settings = new RollingFileSettings(
                    new AbstractConfig(RollingFileConfig.define(new ConfigDef()), props), Clock.systemUTC());
            return new Setup(settings, new WriterFactory(storage, settings.format, settings.compression, settings.suffix));
        }
    }
}
