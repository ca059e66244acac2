package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFactoryTest {
    @TempDir
    Path dir;

    private TailSourceConfig config() {
        return new TailSourceConfig(Map.of("topic", "logs", "files", dir + "/*.log*", "host", "h1",
                "headers.default.env", "prod"));
    }

    private static Line line(long offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Line(bytes, offset, offset + bytes.length + 1, 0, false);
    }

    private static String header(SourceRecord record, String key) {
        Header header = record.headers().lastWithName(key);
        return header == null ? null : (String) header.value();
    }

    @Test
    void recordsOfAFileShareItsConstantHeadersAndFollowARename() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "first\nsecond\n");
        TailSourceConfig config = config();
        FileGroup group = config.groups.get(0);
        TailedFile file = new TailedFile(FileIdentity.of(log), log, group, 0, Head.read(log, config.fingerprintBytes), config, 0L);
        RecordFactory records = new RecordFactory(config);

        SourceRecord first = records.record(file, line(0, "first"), 1L);
        SourceRecord second = records.record(file, line(6, "second"), 1L);
        assertThat(first.headers()).extracting(Header::key)
                .containsExactly("file", "byteoffset", "host", "filegroup", "env");
        assertThat(List.of(header(second, "file"), header(second, "byteoffset"), header(second, "env")))
                .containsExactly(log.toString(), "6", "prod");
        assertThat(second.headers().lastWithName("file")).isSameAs(first.headers().lastWithName("file"));
        assertThat(second.sourceOffset().get(FileOffset.POSITION)).isEqualTo(13L);
        assertThat(second.sourceOffset().get(FileOffset.PATH)).isEqualTo(log.toString());

        Path rotated = dir.resolve("app.log.1");
        Files.move(log, rotated);
        file.seen(rotated, group, Files.size(rotated));
        SourceRecord renamed = records.record(file, line(13, "third"), 2L);
        assertThat(header(renamed, "file")).isEqualTo(rotated.toString());
        assertThat(renamed.sourceOffset().get(FileOffset.PATH)).isEqualTo(rotated.toString());
        assertThat(first.headers().lastWithName("file").value()).isEqualTo(log.toString());
    }

    @Test
    void aFilesRecordsShareOnePartitionObjectAcrossScansAndRenames() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "x".repeat(2000) + "\n");
        TailSourceConfig config = config();
        FileGroup group = config.groups.get(0);
        TailedFile file = new TailedFile(FileIdentity.of(log), log, group, 0, Head.read(log, config.fingerprintBytes), config, 0L);
        RecordFactory records = new RecordFactory(config);

        SourceRecord first = records.record(file, line(0, "first"), 1L);
        // A scan finds the file again under an equal Path object, then under a new name.
        file.seen(Path.of(log.toString()), group, Files.size(log));
        SourceRecord afterScan = records.record(file, line(6, "second"), 1L);
        Path rotated = Files.move(log, dir.resolve("app.log.1"));
        file.seen(rotated, group, Files.size(rotated));
        SourceRecord afterRename = records.record(file, line(13, "third"), 2L);

        assertThat(first.sourcePartition()).isEqualTo(Map.of(FileOffset.HEAD, file.partition().get(FileOffset.HEAD)));
        assertThat(afterScan.sourcePartition()).isSameAs(first.sourcePartition());
        assertThat(afterRename.sourcePartition()).isSameAs(first.sourcePartition());
        assertThat(header(afterRename, "file")).isEqualTo(rotated.toString());
    }

    @Test
    void aRecordsOffsetIsTheDocumentedMapAndReadsBackAsItsPosition() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "first\n");
        TailSourceConfig config = config();
        TailedFile file = new TailedFile(FileIdentity.of(log), log, config.groups.get(0), 0, Head.read(log, config.fingerprintBytes), config, 0L);

        Map<String, ?> offset = new RecordFactory(config).record(file, line(0, "first"), 1L).sourceOffset();

        Map<String, Object> expected = FileOffset.offset(6L, file.fingerprint().checksum(),
                file.fingerprint().length(), log.toString());
        assertThat(offset).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(4);
        assertThat(expected).isEqualTo(offset);
        assertThat(Map.copyOf(offset)).isEqualTo(expected);
        assertThat(FileOffset.parse(offset)).isEqualTo(new FileOffset(6L, file.fingerprint(), log.toString()));
    }

    @Test
    void aValueMadeFromAViewOfTheReadBufferKeepsItsContentWhenTheBufferIsReused() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "a line\n");
        byte[] read = "xa linë\n".getBytes(StandardCharsets.UTF_8);
        Line view = new Line(read, 1, read.length - 2, 0, read.length - 1, 0, false);
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "files", dir + "/*.log"));
        props.put("value.type", "bytes");
        TailSourceConfig bytesConfig = new TailSourceConfig(props);
        TailSourceConfig stringConfig = config();
        TailedFile file = new TailedFile(FileIdentity.of(log), log, stringConfig.groups.get(0), 0,
                Head.read(log, stringConfig.fingerprintBytes), stringConfig, 0L);

        SourceRecord text = new RecordFactory(stringConfig).record(file, view, 1L);
        SourceRecord bytes = new RecordFactory(bytesConfig).record(file, view, 1L);
        Arrays.fill(read, (byte) 'z');

        assertThat(text.value()).isEqualTo("a linë");
        assertThat(new String((byte[]) bytes.value(), StandardCharsets.UTF_8)).isEqualTo("a linë");
    }

    @Test
    void bytesHeadersCarryTheUtf8OfTheStringOnesAndAFilesConstantOnesAreEncodedOnce() throws Exception {
        Path log = Files.writeString(dir.resolve("app.log"), "first\nsecond\n");
        TailSourceConfig strings = config();
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "files", dir + "/*.log*", "host", "hôst",
                "headers.default.env", "prod", "record.headers.type", "bytes",
                "header.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        TailSourceConfig bytes = new TailSourceConfig(props);
        TailedFile textFile = new TailedFile(FileIdentity.of(log), log, strings.groups.get(0), 0,
                Head.read(log, strings.fingerprintBytes), strings, 0L);
        TailedFile file = new TailedFile(FileIdentity.of(log), log, bytes.groups.get(0), 0,
                Head.read(log, bytes.fingerprintBytes), bytes, 0L);
        RecordFactory bytesRecords = new RecordFactory(bytes);

        SourceRecord text = new RecordFactory(strings).record(textFile, line(6, "second"), 1L);
        SourceRecord first = bytesRecords.record(file, line(0, "first"), 1L);
        SourceRecord second = bytesRecords.record(file, line(6, "second"), 1L);

        assertThat(second.headers()).extracting(Header::key).containsExactly("file", "byteoffset", "host", "filegroup", "env");
        for (Header header : second.headers()) {
            assertThat(header.schema().type()).isEqualTo(Schema.Type.BYTES);
            String expected = header.key().equals("host") ? "hôst" : header(text, header.key());
            assertThat(new String((byte[]) header.value(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(second.headers().lastWithName("file")).isSameAs(first.headers().lastWithName("file"));
        assertThat(second.headers().lastWithName("host")).isSameAs(first.headers().lastWithName("host"));
    }

    @Test
    void stringHeadersAreTheSameBytesThroughStringConverterAsThroughTheDefaultHeaderConverter() throws Exception {
        Path log = Files.writeString(dir.resolve("äpp.log"), "first\n");
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "files", dir + "/*.log*", "host", "hôst-01",
                "headers.default.env", "prod \"eu\", [1]"));
        TailSourceConfig config = new TailSourceConfig(props);
        TailedFile file = new TailedFile(FileIdentity.of(log), log, config.groups.get(0), 0,
                Head.read(log, config.fingerprintBytes), config, 0L);
        SourceRecord record = new RecordFactory(config).record(file, new Line("x".getBytes(StandardCharsets.UTF_8),
                123_456_789L, 123_456_791L, 2, true), 1L);

        try (SimpleHeaderConverter simple = new SimpleHeaderConverter(); StringConverter string = new StringConverter()) {
            string.configure(Map.of(), false);
            assertThat(record.headers()).extracting(Header::key).containsExactly("file", "byteoffset", "host",
                    "filegroup", "env", RecordFactory.LINE_PART_HEADER, RecordFactory.LINE_PART_MORE_HEADER);
            for (Header header : record.headers()) {
                assertThat(string.fromConnectHeader("logs", header.key(), header.schema(), header.value()))
                        .as(header.key())
                        .isEqualTo(simple.fromConnectHeader("logs", header.key(), header.schema(), header.value()));
            }
        }
    }
}
