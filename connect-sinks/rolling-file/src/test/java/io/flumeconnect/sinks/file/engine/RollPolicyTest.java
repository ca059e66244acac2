package io.flumeconnect.sinks.file.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.LineFormat;
import io.flumeconnect.sinks.file.format.TextEncoder;
import io.flumeconnect.sinks.file.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollPolicyTest {
    private static final FileFormat TEXT = new LineFormat(new TextEncoder(), new byte[] {'\n'}, ".txt");

    @TempDir
    Path dir;
    private RollingFileWriter writer;

    @BeforeEach
    void open() throws IOException {
        SinkRecord record = new SinkRecord("t", 0, null, null, null, "0123456789", 0L);
        FileNames.Temporary name = new FileNames.Temporary(new TopicPartition("t", 0), 0, "", ".txt");
        writer = RollingFileWriter.open(new LocalStorage(dir), "", name, "00000000", TEXT, Compression.NONE, record, 1_000);
        for (int i = 0; i < 3; i++) {
            writer.write(record, 2_000);
        }
        writer.finish();
    }

    @Test
    void sizeCountsStoredBytes() {
        assertThat(writer.bytes()).isEqualTo(33);
        assertThat(new RollPolicy(33, 0, 0, 0).due(writer, 2_000)).contains("size 33");
        assertThat(new RollPolicy(34, 0, 0, 0).due(writer, 2_000)).isNull();
    }

    @Test
    void recordCount() {
        assertThat(new RollPolicy(0, 3, 0, 0).due(writer, 2_000)).contains("3 records");
        assertThat(new RollPolicy(0, 4, 0, 0).due(writer, 2_000)).isNull();
    }

    @Test
    void ageSinceOpen() {
        assertThat(new RollPolicy(0, 0, 5_000, 0).due(writer, 5_999)).isNull();
        assertThat(new RollPolicy(0, 0, 5_000, 0).due(writer, 6_000)).contains("open for 5000 ms");
    }

    @Test
    void idleSinceLastWrite() {
        assertThat(new RollPolicy(0, 0, 0, 1_000).due(writer, 2_999)).isNull();
        assertThat(new RollPolicy(0, 0, 0, 1_000).due(writer, 3_000)).contains("idle for 1000 ms");
    }

    @Test
    void everythingOffNeverRolls() {
        assertThat(new RollPolicy(0, 0, 0, 0).due(writer, Long.MAX_VALUE)).isNull();
    }
}
