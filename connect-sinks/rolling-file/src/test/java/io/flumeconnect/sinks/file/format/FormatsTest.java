package io.flumeconnect.sinks.file.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xerial.snappy.SnappyFramedInputStream;

class FormatsTest {
    @Test
    void textWritesStringsBytesAndNumbersWithTheSeparator() throws IOException {
        LineFormat text = new LineFormat(new TextEncoder(), "\r\n".getBytes(StandardCharsets.UTF_8), ".txt");
        String out = write(text, record("héllo"), record(new byte[] {'b', 'y'}), record(42));
        assertThat(out).isEqualTo("héllo\r\nby\r\n42\r\n");
    }

    @Test
    void textRefusesStructuredValuesBeforeWritingAnything() {
        assertThatThrownBy(() -> write(new LineFormat(new TextEncoder(), new byte[] {'\n'}, ".txt"), record(Map.of("a", 1))))
                .isInstanceOf(DataException.class).hasMessageContaining("format=json");
    }

    @Test
    void jsonWritesTheValueAlone() throws IOException {
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).field("price", Decimal.schema(2))
                .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build()).build();
        Struct value = new Struct(schema).put("n", 1).put("price", new BigDecimal("9.99")).put("tags", List.of("a"));
        LineFormat json = new LineFormat(new JsonEncoder(EnumSet.noneOf(JsonEncoder.Extra.class)), new byte[] {'\n'}, ".jsonl");
        assertThat(write(json, record(value), record("text"))).isEqualTo("{\"n\":1,\"price\":9.99,\"tags\":[\"a\"]}\n\"text\"\n");
    }

    @Test
    void jsonEnvelopeCarriesTheAskedMetadata() throws IOException {
        SinkRecord record = new SinkRecord("logs", 2, Schema.STRING_SCHEMA, "k", null, Map.of("a", 1), 7L, 100L, null);
        record.headers().addString("host", "web-1");
        LineFormat json = new LineFormat(new JsonEncoder(EnumSet.allOf(JsonEncoder.Extra.class)), new byte[] {'\n'}, ".jsonl");
        assertThat(write(json, record)).isEqualTo(
                "{\"topic\":\"logs\",\"partition\":2,\"offset\":7,\"timestamp\":100,\"key\":\"k\",\"headers\":{\"host\":\"web-1\"},\"value\":{\"a\":1}}\n");
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void compressedFilesDecompressToTheLines(Compression compression) throws IOException {
        byte[] compressed = compressedLines(compression, 1000);
        String text = new String(decompress(compression, compressed).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1000).startsWith("line 0").endsWith("line 999");
    }

    @Test
    void lz4FrameFilesAreReadAndCheckedByTheLz4Tool(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/lz4")), "the lz4 command (Debian package lz4) is not installed");
        Path file = Files.write(dir.resolve("lines.txt.lz4"), compressedLines(Compression.LZ4_FRAME, 100_000));

        Process process = new ProcessBuilder("/usr/bin/lz4", "-d", "-c", file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(text.lines()).hasSize(100_000).startsWith("line 0").endsWith("line 99999");
        assertThat(new ProcessBuilder("/usr/bin/lz4", "-t", file.toString()).start().waitFor())
                .as("lz4 -t checks the content checksum").isZero();
    }

    /** {@code count} lines "line N" of a text file compressed with {@code compression}: several 64 KiB blocks for lz4. */
    private static byte[] compressedLines(Compression compression, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = compression.wrap(bytes)) {
            FormatWriter writer = new LineFormat(new TextEncoder(), new byte[] {'\n'}, ".txt").open(out, record("x"));
            for (int i = 0; i < count; i++) {
                writer.write(record("line " + i));
            }
            writer.finish();
        }
        return bytes.toByteArray();
    }

    private static InputStream decompress(Compression compression, byte[] data) throws IOException {
        InputStream in = new ByteArrayInputStream(data);
        return switch (compression) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in);
            case SNAPPY -> new SnappyFramedInputStream(in);
            case ZSTD -> new ZstdInputStream(in);
            case LZ4_FRAME -> new LZ4FrameInputStream(in);
        };
    }

    private static String write(FileFormat format, SinkRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormatWriter writer = format.open(out, records[0]);
        for (SinkRecord record : records) {
            writer.write(record);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static SinkRecord record(Object value) {
        return new SinkRecord("logs", 0, null, null, null, value, 0L);
    }
}
