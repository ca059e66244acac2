package io.flumeconnect.sinks.file.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.SeekableByteArrayInput;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlumeEventAvroFormatTest {
    /** FlumeEventAvroEventSerializer's schema as Flume 1.11 writes it into the file's metadata. */
    private static final String FLUME_SCHEMA = "{\"type\":\"record\",\"name\":\"Event\",\"fields\":[{\"name\":\"headers\","
            + "\"type\":{\"type\":\"map\",\"values\":\"string\"}},{\"name\":\"body\",\"type\":\"bytes\"}]}";

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "LZ4_FRAME", mode = EnumSource.Mode.EXCLUDE) // no Avro codec
    void writesFlumesEventRecordsWithHeadersAndBody(Compression compression) throws IOException {
        SinkRecord first = record("line one".getBytes(StandardCharsets.UTF_8));
        first.headers().addString("host", "web-1").addLong("timestamp", 1_700_000_000_123L).addBytes("raw", "é".getBytes(StandardCharsets.UTF_8));
        SinkRecord second = record("line two");
        byte[] file = AvroFormatTest.write(new FlumeEventAvroFormat(compression), first, second);

        try (DataFileReader<GenericRecord> reader = new DataFileReader<>(new SeekableByteArrayInput(file), new GenericDatumReader<>())) {
            assertThat(reader.getMetaString(DataFileConstants.SCHEMA)).isEqualTo(FLUME_SCHEMA);
            assertThat(reader.getMetaString(DataFileConstants.CODEC)).isEqualTo(switch (compression) {
                case NONE -> "null";
                case GZIP -> "deflate";
                case SNAPPY -> "snappy";
                case ZSTD -> "zstandard";
                case LZ4_FRAME -> throw new AssertionError("validation refuses lz4_frame for Avro");
            });
            List<GenericRecord> events = new ArrayList<>();
            reader.forEach(events::add);
            assertThat(events).hasSize(2);
            assertThat(headers(events.get(0))).containsExactlyInAnyOrderEntriesOf(
                    Map.of("host", "web-1", "timestamp", "1700000000123", "raw", "é"));
            assertThat(body(events.get(0))).isEqualTo("line one");
            assertThat(headers(events.get(1))).isEmpty();
            assertThat(body(events.get(1))).isEqualTo("line two");
        }
    }

    @Test
    void aValueWithoutABodyFormIsRefusedBeforeAnythingIsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormatWriter writer = new FlumeEventAvroFormat(Compression.NONE).open(out, record("a"));
        Schema schema = SchemaBuilder.struct().field("n", Schema.INT32_SCHEMA).build();
        SinkRecord struct = new SinkRecord("t", 0, null, null, schema, new Struct(schema).put("n", 1), 1L);
        assertThatThrownBy(() -> writer.write(struct)).isInstanceOf(DataException.class);
        writer.write(record("after"));
        writer.finish();
        try (DataFileReader<GenericRecord> reader = new DataFileReader<>(new SeekableByteArrayInput(out.toByteArray()),
                new GenericDatumReader<>())) {
            assertThat(body(reader.next())).isEqualTo("after");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    private static SinkRecord record(Object value) {
        return new SinkRecord("t", 0, null, null, null, value, 0L, 5L, null);
    }

    private static Map<String, String> headers(GenericRecord event) {
        Map<String, String> headers = new HashMap<>();
        ((Map<?, ?>) event.get("headers")).forEach((k, v) -> headers.put(k.toString(), v.toString()));
        return headers;
    }

    private static String body(GenericRecord event) {
        ByteBuffer body = (ByteBuffer) event.get("body");
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
