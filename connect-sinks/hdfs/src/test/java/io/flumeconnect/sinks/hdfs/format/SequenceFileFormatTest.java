package io.flumeconnect.sinks.hdfs.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sinks.file.format.FormatWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.SequenceFile.CompressionType;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequenceFileFormatTest {
    private static final Configuration CONF = new Configuration();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"writable,none,block", "text,none,block", "writable,gzip,block", "text,gzip,record", "writable,snappy,block",
            "text,snappy,record", "writable,bzip2,block", "text,bzip2,record", "writable,lz4,block", "text,lz4,record"})
    void hadoopsReaderReadsFlumesKeysAndValues(String value, String compression, String type) throws IOException {
        SequenceFileFormat format = format(value, compression, type);
        SinkRecord withHeader = record("first", 1_000L);
        withHeader.headers().addString("timestamp", "1700000000123");
        SinkRecord withLongHeader = record("second".getBytes(StandardCharsets.UTF_8), 2_000L);
        withLongHeader.headers().addLong("timestamp", 1_700_000_000_456L);
        SinkRecord without = record("third", 3_000L);
        Path file = write(format, withHeader, withLongHeader, without);

        try (SequenceFile.Reader reader = new SequenceFile.Reader(CONF, SequenceFile.Reader.file(
                new org.apache.hadoop.fs.Path(file.toUri())))) {
            assertThat(reader.getKeyClass()).isEqualTo(LongWritable.class);
            assertThat(reader.getValueClass()).isEqualTo(value.equals("text") ? Text.class : BytesWritable.class);
            assertThat(reader.isCompressed()).isEqualTo(!compression.equals("none"));
            assertThat(reader.isBlockCompressed()).isEqualTo(!compression.equals("none") && type.equals("block"));
            if (!compression.equals("none")) {
                assertThat(reader.getCompressionCodec()).isInstanceOf(HadoopCodecs.of(compression, CONF).getClass());
            }
            List<Long> keys = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            LongWritable key = new LongWritable();
            Writable body = value.equals("text") ? new Text() : new BytesWritable();
            while (reader.next(key, body)) {
                keys.add(key.get());
                bodies.add(body instanceof Text text ? text.toString()
                        : new String(((BytesWritable) body).copyBytes(), StandardCharsets.UTF_8));
            }
            assertThat(keys).containsExactly(1_700_000_000_123L, 1_700_000_000_456L, 3_000L);
            assertThat(bodies).containsExactly("first", "second", "third");
        }
    }

    @Test
    void aTimestampHeaderThatIsNoNumberIsRefusedBeforeAnythingIsWritten() throws IOException {
        SinkRecord bad = record("x", 1L);
        bad.headers().addString("timestamp", "yesterday");
        Path file = dir.resolve("bad.seq");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormatWriter writer = format("writable", "none", "block").open(out, bad);
            assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(DataException.class).hasMessageContaining("yesterday");
            writer.write(record("good", 7L));
            writer.finish();
        }
        try (SequenceFile.Reader reader = new SequenceFile.Reader(CONF, SequenceFile.Reader.file(
                new org.apache.hadoop.fs.Path(file.toUri())))) {
            LongWritable key = new LongWritable();
            BytesWritable body = new BytesWritable();
            assertThat(reader.next(key, body)).isTrue();
            assertThat(key.get()).isEqualTo(7L);
            assertThat(reader.next(key, body)).isFalse();
        }
    }

    private static SequenceFileFormat format(String value, String compression, String type) {
        return new SequenceFileFormat(SequenceFileFormat.Value.of(value), CompressionType.valueOf(type.toUpperCase()),
                HadoopCodecs.of(compression, CONF), CONF);
    }

    private Path write(SequenceFileFormat format, SinkRecord... records) throws IOException {
        Path file = dir.resolve("events.seq");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormatWriter writer = format.open(out, records[0]);
            for (SinkRecord record : records) {
                writer.write(record);
            }
            writer.finish();
        }
        return file;
    }

    private static SinkRecord record(Object value, long timestamp) {
        return new SinkRecord("t", 0, null, null, null, value, 0L, timestamp, null);
    }
}
