package io.flumeconnect.sinks.file.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sinks.file.storage.LocalStorage;
import io.flumeconnect.sinks.file.storage.Storage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingFileSinkTest {
    private static final TopicPartition P0 = new TopicPartition("logs", 0);
    private static final TopicPartition P1 = new TopicPartition("logs", 1);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock();
    private final List<SinkRecord> errant = new ArrayList<>();
    private final List<Exception> errors = new ArrayList<>();
    private final List<PluginCounters> metrics = new ArrayList<>();

    @AfterEach
    void closeMetrics() {
        metrics.forEach(PluginCounters::close);
    }

    @Test
    void commitsFilesNamedAfterTheirOffsets() throws IOException {
        RollingFileSink sink = sink(Map.of("roll.records", "3"));
        assertThat(sink.open(List.of(P0))).isEmpty();
        sink.write(records(P0, 0, 7), Set.of(), this::report);

        assertThat(committedFiles()).containsExactly(
                "logs+0+00000000000000000000+00000000000000000002.txt",
                "logs+0+00000000000000000003+00000000000000000005.txt");
        assertThat(read("logs+0+00000000000000000000+00000000000000000002.txt")).isEqualTo("v0\nv1\nv2\n");
        assertThat(sink.committedPositions()).containsEntry(P0, 6L);
        assertThat(temporaryFiles()).hasSize(1);

        sink.close(List.of(P0));
        assertThat(committedFiles()).contains("logs+0+00000000000000000006+00000000000000000006.txt");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aNewSinkContinuesAfterTheLastCommittedFileAndSkipsRedeliveries() throws IOException {
        RollingFileSink first = sink(Map.of("roll.records", "4"));
        first.open(List.of(P0, P1));
        first.write(records(P0, 0, 10), Set.of(), this::report);
        first.write(records(P1, 0, 3), Set.of(), this::report);
        // crash: nothing closed, temporary files stay behind

        RollingFileSink second = sink(Map.of("roll.records", "4"));
        assertThat(second.open(List.of(P0, P1))).isEqualTo(Map.of(P0, 8L));
        assertThat(temporaryFiles()).isEmpty();
        second.write(records(P0, 0, 12), Set.of(), this::report);
        second.write(records(P1, 0, 3), Set.of(), this::report);
        second.close(List.of(P0, P1));

        assertThat(allLines(P0)).containsExactlyElementsOf(values(0, 12));
        assertThat(allLines(P1)).containsExactlyElementsOf(values(0, 3));
    }

    @Test
    void partitionFilesInSeveralDirectoriesCommitTogether() throws IOException {
        RollingFileSink sink = sink(Map.of("path.template", "%{app}", "roll.records", "2"));
        sink.open(List.of(P0));
        List<SinkRecord> records = withHeader(records(P0, 0, 4), "app", i -> i % 2 == 0 ? "even" : "odd");
        sink.write(records, Set.of(), this::report);
        sink.close(List.of(P0));

        // "even" reaches 2 records at offset 2: both open files are committed, together, up to offset 2
        assertThat(committedFiles()).containsExactly(
                "even/logs+0+00000000000000000000+00000000000000000002.txt",
                "odd/logs+0+00000000000000000000+00000000000000000002.txt",
                "odd/logs+0+00000000000000000003+00000000000000000003.txt");
        assertThat(read("odd/logs+0+00000000000000000000+00000000000000000002.txt")).isEqualTo("v1\n");
    }

    @Test
    void recoveryCompletesACommitInterruptedBetweenRenames() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/" + FileNames.committed("", P0, 10, 19, ".txt")), "a\n");
        Files.writeString(dir.resolve("b/" + FileNames.temporary("", P0, 10, "0000abcd", ".txt")), "b\n");
        Files.writeString(dir.resolve("b/" + FileNames.temporary("", P0, 20, "0000abce", ".txt")), "lost\n");

        assertThat(sink(Map.of()).open(List.of(P0))).isEqualTo(Map.of(P0, 20L));
        assertThat(committedFiles()).containsExactlyInAnyOrder(
                "a/logs+0+00000000000000000010+00000000000000000019.txt",
                "b/logs+0+00000000000000000010+00000000000000000019.txt");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void recoveryLeavesOtherPartitionsAndForeignFilesAlone() throws IOException {
        Files.writeString(dir.resolve(FileNames.temporary("", P1, 0, "00000001", ".txt")), "x\n");
        Files.writeString(dir.resolve("README"), "mine");
        sink(Map.of()).open(List.of(P0));
        assertThat(temporaryFiles()).hasSize(1);
        assertThat(dir.resolve("README")).exists();
    }

    @Test
    void rollsByAgeAndIdleTime() throws IOException {
        RollingFileSink sink = sink(Map.of("roll.interval.ms", "10000", "roll.idle.ms", "3000"));
        sink.open(List.of(P0));
        sink.write(records(P0, 0, 1), Set.of(), this::report);
        clock.advance(2_000);
        sink.write(records(P0, 1, 2), Set.of(), this::report);
        sink.rollDue(clock.millis());
        assertThat(committedFiles()).isEmpty();
        clock.advance(3_000);
        sink.rollDue(clock.millis());
        assertThat(committedFiles()).containsExactly("logs+0+00000000000000000000+00000000000000000001.txt");
    }

    @Test
    void recordsThatCannotBeWrittenGoToTheDeadLetterQueueAndTombstonesAreSkipped() throws IOException {
        RollingFileSink sink = sink(Map.of("path.template", "%Y"));
        sink.open(List.of(P0));
        Schema schema = SchemaBuilder.struct().field("a", Schema.STRING_SCHEMA).build();
        List<SinkRecord> records = List.of(
                new SinkRecord("logs", 0, null, null, null, "ok", 0L, 0L, null),
                new SinkRecord("logs", 0, null, null, schema, new Struct(schema).put("a", "x"), 1L, 0L, null),
                new SinkRecord("logs", 0, null, null, null, "no time", 2L, null, null),
                new SinkRecord("logs", 0, null, null, null, null, 3L, 0L, null),
                new SinkRecord("logs", 0, null, null, null, "ok too", 4L, 0L, null));
        sink.write(records, Set.of(), this::report);
        sink.close(List.of(P0));

        assertThat(errant).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 2L);
        assertThat(committedFiles()).containsExactly("1970/logs+0+00000000000000000000+00000000000000000004.txt");
        assertThat(read("1970/logs+0+00000000000000000000+00000000000000000004.txt")).isEqualTo("ok\nok too\n");
    }

    @Test
    void anAvroSchemaChangeCommitsThePartitionAndStartsANewFile() throws IOException {
        RollingFileSink sink = sink(Map.of("format", "avro", "compression", "snappy"));
        sink.open(List.of(P0));
        Schema v1 = SchemaBuilder.struct().name("Event").field("a", Schema.STRING_SCHEMA).build();
        Schema v2 = SchemaBuilder.struct().name("Event").field("a", Schema.STRING_SCHEMA).field("b", Schema.OPTIONAL_INT32_SCHEMA).build();
        sink.write(List.of(
                new SinkRecord("logs", 0, null, null, v1, new Struct(v1).put("a", "x"), 0L),
                new SinkRecord("logs", 0, null, null, v1, new Struct(v1).put("a", "y"), 1L),
                new SinkRecord("logs", 0, null, null, v2, new Struct(v2).put("a", "z").put("b", 1), 2L)), Set.of(), this::report);
        sink.close(List.of(P0));
        assertThat(committedFiles()).containsExactly(
                "logs+0+00000000000000000000+00000000000000000001.avro",
                "logs+0+00000000000000000002+00000000000000000002.avro");
        assertThat(errant).isEmpty();
    }

    @Test
    void abortGivesUpOpenFilesAndRewindsToTheirFirstRecord() throws IOException {
        RollingFileSink sink = sink(Map.of("roll.records", "5"));
        sink.open(List.of(P0));
        sink.write(records(P0, 0, 8), Set.of(), this::report);
        assertThat(sink.abort()).isEqualTo(Map.of(P0, 5L));
        assertThat(temporaryFiles()).isEmpty();

        sink.write(records(P0, 5, 8), Set.of(), this::report);
        sink.close(List.of(P0));
        assertThat(allLines(P0)).containsExactlyElementsOf(values(0, 8));
    }

    @Test
    void aFailedRenameIsRetriedAndTheCommitCompleted() throws IOException {
        FlakyStorage storage = new FlakyStorage(new LocalStorage(dir));
        RollingFileSink sink = sink(Map.of("path.template", "%{app}", "roll.interval.ms", "1000"), storage);
        sink.open(List.of(P0));
        List<SinkRecord> records = withHeader(records(P0, 0, 4), "app", i -> "d" + (i % 2));
        sink.write(records, Set.of(), this::report);
        storage.failRenames = 1;
        storage.failAfter = 1;
        clock.advance(1_000);
        assertThatThrownBy(() -> sink.rollDue(clock.millis())).isInstanceOf(IOException.class);
        assertThat(committedFiles()).hasSize(1);
        assertThat(sink.abort()).as("a commit that started renaming is not given up").isEmpty();
        sink.resume();
        assertThat(committedFiles()).hasSize(2);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(sink.committedPositions()).containsEntry(P0, 4L);
    }

    @Test
    void aPathTheStorageCanNeverHoldSendsItsRecordToTheDeadLetterQueueAndTheOthersAreWritten() throws IOException {
        Files.writeString(dir.resolve("blocked"), "a file where the template wants a directory");
        RollingFileSink sink = sink(Map.of("path.template", "%{host}", "file.prefix", "%{host}-%{host}-%{host}"));
        sink.open(List.of(P0));
        String[] hosts = {"web-1", "\uD83D\uDE00".repeat(300), "web-1", "blocked", "web-1"};
        List<SinkRecord> records = withHeader(records(P0, 0, 5), "host", i -> hosts[i]);
        sink.write(records, Set.of(), this::report);
        sink.close(List.of(P0));

        assertThat(errant).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 3L);
        assertThat(errors.get(0)).hasMessageContaining("bytes, more than the 255");
        assertThat(errors.get(1)).hasMessageContaining("'blocked'").hasMessageContaining("is a file");
        assertThat(committedFiles()).containsExactly("blocked",
                "web-1/web-1-web-1-web-1+logs+0+00000000000000000000+00000000000000000004.txt");
        assertThat(allLines(P0)).containsExactly("v0", "v2", "v4");
    }

    @Test
    void aDecidedCommitThatFailsOnCloseIsCompletedByTheNextOwner() throws IOException {
        FlakyStorage storage = new FlakyStorage(new LocalStorage(dir));
        RollingFileSink sink = sink(Map.of("path.template", "%{app}"), storage);
        sink.open(List.of(P0));
        List<SinkRecord> records = withHeader(records(P0, 0, 6), "app", i -> "d" + (i % 2));
        sink.write(records, Set.of(), this::report);
        storage.failRenames = 1;
        storage.failAfter = 1;
        sink.close(List.of(P0));                       // the first rename happens, the second fails
        assertThat(committedFiles()).hasSize(1);

        assertThat(sink(Map.of("path.template", "%{app}")).open(List.of(P0))).isEqualTo(Map.of(P0, 6L));
        assertThat(committedFiles()).containsExactly(
                "d0/logs+0+00000000000000000000+00000000000000000005.txt",
                "d1/logs+0+00000000000000000000+00000000000000000005.txt");
        assertThat(allLines(P0)).containsExactlyInAnyOrderElementsOf(values(0, 6));
    }

    @Test
    void deadLetterReportsAreAwaitedBeforeTheRenameThatCoversThem() throws IOException {
        RollingFileSink sink = sink(Map.of("path.template", "%Y", "roll.records", "2"));
        sink.open(List.of(P0));
        List<List<String>> committedWhenAwaited = new ArrayList<>();
        CompletableFuture<Void> report = new CompletableFuture<>() {
            @Override
            public Void get() {
                try {
                    committedWhenAwaited.add(committedFiles());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }
        };
        List<SinkRecord> records = List.of(
                new SinkRecord("logs", 0, null, null, null, "v0", 0L, 0L, null),
                new SinkRecord("logs", 0, null, null, null, "no time", 1L, null, null),
                new SinkRecord("logs", 0, null, null, null, "v2", 2L, 0L, null));
        sink.write(records, Set.of(), (record, error) -> report);

        assertThat(committedWhenAwaited).as("awaited once, before any file covered offset 1").containsExactly(List.of());
        assertThat(committedFiles()).containsExactly("1970/logs+0+00000000000000000000+00000000000000000002.txt");
    }

    @Test
    void anAvroFieldNameAvroRefusesSendsTheRecordToTheDeadLetterQueue() throws IOException {
        RollingFileSink sink = sink(Map.of("format", "avro"));
        sink.open(List.of(P0));
        Schema good = SchemaBuilder.struct().name("Event").field("user_id", Schema.STRING_SCHEMA).build();
        Schema refused = SchemaBuilder.struct().name("Event").field("user-id", Schema.STRING_SCHEMA).build();
        sink.write(List.of(
                new SinkRecord("logs", 0, null, null, good, new Struct(good).put("user_id", "a"), 0L),
                new SinkRecord("logs", 0, null, null, refused, new Struct(refused).put("user-id", "b"), 1L),
                new SinkRecord("logs", 0, null, null, good, new Struct(good).put("user_id", "c"), 2L)), Set.of(), this::report);
        sink.close(List.of(P0));

        assertThat(errant).extracting(SinkRecord::kafkaOffset).containsExactly(1L);
        assertThat(errors.get(0)).hasMessageContaining("user-id");
        assertThat(committedFiles()).containsExactly(
                "logs+0+00000000000000000000+00000000000000000000.avro",
                "logs+0+00000000000000000002+00000000000000000002.avro");
        assertThat(temporaryFiles()).isEmpty();
    }

    private Future<?> report(SinkRecord record, Exception error) {
        errant.add(record);
        errors.add(error);
        return CompletableFuture.completedFuture(null);
    }

    private RollingFileSink sink(Map<String, String> overrides) throws IOException {
        return sink(overrides, new LocalStorage(dir));
    }

    private RollingFileSink sink(Map<String, String> overrides, Storage storage) {
        Map<String, String> props = new HashMap<>(Map.of("roll.idle.ms", "0"));
        props.putAll(overrides);
        RollingFileSettings settings = new RollingFileSettings(new AbstractConfig(RollingFileConfig.define(new ConfigDef()), props), clock);
        WriterFactory files = new WriterFactory(storage, settings.format, settings.compression, settings.suffix);
        PluginCounters counters = PluginCounters.of(mock(SinkTaskContext.class), Map.of("test", "rolling-file-sink", "sink", "" + metrics.size()));
        metrics.add(counters);
        return new RollingFileSink(settings, files, new SinkCounters(counters), clock);
    }

    private static List<SinkRecord> records(TopicPartition tp, int from, int to) {
        List<SinkRecord> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.add(new SinkRecord(tp.topic(), tp.partition(), null, null, null, "v" + i, i, (long) i, null));
        }
        return records;
    }

    private static List<SinkRecord> withHeader(List<SinkRecord> records, String name, IntFunction<String> value) {
        for (int i = 0; i < records.size(); i++) {
            records.get(i).headers().addString(name, value.apply(i));
        }
        return records;
    }

    private static List<String> values(int from, int to) {
        List<String> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            values.add("v" + i);
        }
        return values;
    }

    private List<String> committedFiles() throws IOException {
        return files().stream().filter(f -> !f.substring(f.lastIndexOf('/') + 1).startsWith(".")).sorted().toList();
    }

    private List<String> temporaryFiles() throws IOException {
        return files().stream().filter(f -> f.endsWith(".tmp")).toList();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }

    private List<String> allLines(TopicPartition tp) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : committedFiles()) {
            if (file.contains(tp.topic() + "+" + tp.partition() + "+")) {
                lines.addAll(Files.readAllLines(dir.resolve(file)));
            }
        }
        return lines;
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static final class MutableClock extends Clock {
        private long now = 1_000_000;

        void advance(long millis) {
            now += millis;
        }

        @Override
        public long millis() {
            return now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
