package io.flumeconnect.sinks.file.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Avro container files: the schema is taken from the first record's value schema, and a record with a
 * different schema starts a new file. Schemaless string and bytes values are written as Avro strings and
 * bytes. The file's codec comes from the sink's compression setting.
 */
public final class AvroFormat implements FileFormat {
    private final Compression compression;

    public AvroFormat(Compression compression) {
        this.compression = compression;
    }

    @Override
    public String extension() {
        return ".avro";
    }

    @Override
    public boolean compressesItself() {
        return true;
    }

    @Override
    public FormatWriter open(OutputStream out, SinkRecord first) throws IOException {
        Schema schema = schemaOf(first);
        org.apache.avro.Schema avro = avroSchema(schema);
        DataFileWriter<Object> writer = new DataFileWriter<>(new GenericDatumWriter<>(avro)).setCodec(codec());
        writer.create(avro, out);
        return new AvroWriter(schema, avro, writer);
    }

    /** A schema Avro refuses (a field named {@code user-id}) is the record's fault, reported as a DataException. */
    private static org.apache.avro.Schema avroSchema(Schema schema) {
        try {
            return AvroSchemas.toAvro(schema);
        } catch (AvroRuntimeException e) {
            throw new DataException("the value schema cannot be written as Avro (field and record names must match "
                    + "[A-Za-z_][A-Za-z0-9_]*): " + e.getMessage(), e);
        }
    }

    private CodecFactory codec() {
        return AvroCodecs.of(compression);
    }

    static Schema schemaOf(SinkRecord record) {
        if (record.valueSchema() != null) {
            return record.valueSchema();
        }
        if (record.value() instanceof String) {
            return Schema.STRING_SCHEMA;
        }
        if (record.value() instanceof byte[] || record.value() instanceof ByteBuffer) {
            return Schema.BYTES_SCHEMA;
        }
        throw new DataException("format=avro needs a value schema for a " + record.value().getClass().getSimpleName()
                + " (e.g. JsonConverter with schemas.enable=true, or an Avro converter)");
    }

    private static final class AvroWriter implements FormatWriter {
        private final Schema schema;
        private final DataFileWriter<Object> writer;
        private final GenericDatumWriter<Object> datumWriter;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final org.apache.avro.Schema avro;
        private BinaryEncoder encoder;

        AvroWriter(Schema schema, org.apache.avro.Schema avro, DataFileWriter<Object> writer) {
            this.schema = schema;
            this.avro = avro;
            this.writer = writer;
            this.datumWriter = new GenericDatumWriter<>(avro);
        }

        @Override
        public boolean accepts(SinkRecord record) {
            return schemaOf(record).equals(schema);
        }

        /** Encodes the datum apart first, so a value that does not fit leaves the file untouched. */
        @Override
        public void write(SinkRecord record) throws IOException {
            buffer.reset();
            encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
            try {
                datumWriter.write(AvroSchemas.toDatum(schema, avro, record.value()), encoder);
                encoder.flush();
            } catch (ClassCastException | AvroRuntimeException e) {
                throw new DataException("the value does not fit its schema " + schema + ": " + e.getMessage(), e);
            }
            writer.appendEncoded(ByteBuffer.wrap(buffer.toByteArray()));
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }
}
