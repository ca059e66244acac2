package io.flumeconnect.sinks.file.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.SeekableByteArrayInput;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AvroFormatTest {
    private static final Schema ADDRESS = SchemaBuilder.struct().field("city", Schema.STRING_SCHEMA).build();
    private static final Schema EVENT = SchemaBuilder.struct().name("com.example.Event")
            .field("id", Schema.INT64_SCHEMA)
            .field("level", Schema.INT8_SCHEMA)
            .field("message", Schema.OPTIONAL_STRING_SCHEMA)
            .field("price", Decimal.schema(2))
            .field("at", Timestamp.SCHEMA)
            .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).build())
            .field("attrs", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build())
            .field("home", ADDRESS)
            .field("work", SchemaBuilder.struct().optional().field("city", Schema.STRING_SCHEMA).build())
            .build();

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "LZ4_FRAME", mode = EnumSource.Mode.EXCLUDE) // no Avro codec
    void writesStructsWithTheirSchemaAndTheChosenCodec(Compression compression) throws IOException {
        byte[] file = write(new AvroFormat(compression), record(1), record(2));
        List<GenericRecord> read = read(file);
        assertThat(read).hasSize(2);
        GenericRecord first = read.get(0);
        assertThat(first.getSchema().getFullName()).isEqualTo("com.example.Event");
        assertThat(first.get("id")).isEqualTo(1L);
        assertThat(first.get("level")).isEqualTo(3);
        assertThat(first.get("message").toString()).isEqualTo("m1");
        assertThat(new BigDecimal(new java.math.BigInteger(bytes((ByteBuffer) first.get("price"))), 2)).isEqualByComparingTo("1.25");
        assertThat(first.get("at")).isEqualTo(1_000L);
        assertThat(first.get("tags").toString()).isEqualTo("[a, b]");
        assertThat(((GenericRecord) first.get("home")).get("city").toString()).isEqualTo("Oslo");
        assertThat(first.get("work")).isNull();
        String codec = new DataFileReader<>(new SeekableByteArrayInput(file), new GenericDatumReader<>()).getMetaString(DataFileConstants.CODEC);
        assertThat(codec).isEqualTo(switch (compression) {
            case NONE -> "null";
            case GZIP -> "deflate";
            case SNAPPY -> "snappy";
            case ZSTD -> "zstandard";
            case LZ4_FRAME -> throw new AssertionError("validation refuses lz4_frame for Avro");
        });
    }

    @Test
    void schemalessStringsAreAvroStrings() throws IOException {
        SinkRecord line = new SinkRecord("t", 0, null, null, null, "a line", 0L);
        assertThat(readAll(write(new AvroFormat(Compression.NONE), line))).extracting(Object::toString).containsExactly("a line");
    }

    @Test
    void aDifferentSchemaNeedsANewFile() throws IOException {
        FormatWriter writer = new AvroFormat(Compression.NONE).open(new ByteArrayOutputStream(), record(1));
        assertThat(writer.accepts(record(2))).isTrue();
        assertThat(writer.accepts(new SinkRecord("t", 0, null, null, ADDRESS, new Struct(ADDRESS).put("city", "x"), 0L))).isFalse();
    }

    @Test
    void valuesWithoutASchemaOrThatDoNotFitAreDataErrors() throws IOException {
        SinkRecord map = new SinkRecord("t", 0, null, null, null, Map.of("a", 1), 0L);
        assertThatThrownBy(() -> new AvroFormat(Compression.NONE).open(new ByteArrayOutputStream(), map))
                .isInstanceOf(DataException.class).hasMessageContaining("schemas.enable=true");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormatWriter writer = new AvroFormat(Compression.NONE).open(out, record(1));
        Schema bad = SchemaBuilder.struct().name("com.example.Event").field("id", Schema.INT64_SCHEMA).build();
        assertThatThrownBy(() -> writer.write(new SinkRecord("t", 0, null, null, EVENT, new Struct(bad).put("id", 1L), 0L)))
                .isInstanceOf(DataException.class);
        writer.write(record(2));
        writer.finish();
        assertThat(read(out.toByteArray())).as("the file is still good").hasSize(1);
    }

    private static SinkRecord record(long id) {
        Struct value = new Struct(EVENT).put("id", id).put("level", (byte) 3).put("message", "m" + id)
                .put("price", new BigDecimal("1.25")).put("at", new java.util.Date(1_000L))
                .put("tags", List.of("a", "b")).put("attrs", Map.of("x", 1))
                .put("home", new Struct(ADDRESS).put("city", "Oslo"));
        return new SinkRecord("t", 0, null, null, EVENT, value, id);
    }

    /** The bytes of one file of {@code format} holding {@code records}. */
    static byte[] write(FileFormat format, SinkRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormatWriter writer = format.open(out, records[0]);
        for (SinkRecord record : records) {
            writer.write(record);
        }
        writer.finish();
        return out.toByteArray();
    }

    private static List<GenericRecord> read(byte[] file) throws IOException {
        return readAll(file).stream().map(GenericRecord.class::cast).toList();
    }

    private static List<Object> readAll(byte[] file) throws IOException {
        List<Object> data = new ArrayList<>();
        try (DataFileReader<Object> reader = new DataFileReader<>(new SeekableByteArrayInput(file), new GenericDatumReader<>())) {
            reader.forEach(data::add);
        }
        return data;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
