package io.flumeconnect.sinks.file.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Flume's {@code avro_event} serializer ({@code FlumeEventAvroEventSerializer}): Avro container files of
 * records {@code Event {headers: map<string>, body: bytes}}, with Flume's schema (record {@code Event}, no
 * namespace) and sync interval, so jobs that read Flume's files read these. The body is the record value as
 * {@code format=text} writes it; the headers are the record's Kafka headers as strings.
 */
public final class FlumeEventAvroFormat implements FileFormat {
    /** The schema Flume writes into each file, character for character. */
    public static final Schema SCHEMA = new Schema.Parser().parse("{ \"type\":\"record\", \"name\": \"Event\", \"fields\": ["
            + " {\"name\": \"headers\", \"type\": { \"type\": \"map\", \"values\": \"string\" } }, "
            + " {\"name\": \"body\", \"type\": \"bytes\" } ] }");
    /** Flume's default serializer.syncIntervalBytes. */
    private static final int SYNC_INTERVAL_BYTES = 2_048_000;

    private final Compression compression;
    private final TextEncoder body = new TextEncoder();

    public FlumeEventAvroFormat(Compression compression) {
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
        DataFileWriter<GenericRecord> writer = new DataFileWriter<GenericRecord>(new GenericDatumWriter<>(SCHEMA))
                .setCodec(AvroCodecs.of(compression)).setSyncInterval(SYNC_INTERVAL_BYTES);
        writer.create(SCHEMA, out);
        return new FormatWriter() {
            @Override
            public void write(SinkRecord record) throws IOException {
                GenericRecord event = new GenericData.Record(SCHEMA);
                event.put("body", ByteBuffer.wrap(body.encode(record)));
                event.put("headers", FlumeHeaders.of(record));
                writer.append(event);
            }

            @Override
            public void finish() throws IOException {
                writer.flush();
            }
        };
    }
}
