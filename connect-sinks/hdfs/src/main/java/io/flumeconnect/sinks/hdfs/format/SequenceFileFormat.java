package io.flumeconnect.sinks.hdfs.format;

import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.FlumeHeaders;
import io.flumeconnect.sinks.file.format.FormatWriter;
import io.flumeconnect.sinks.file.format.TextEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.SequenceFile.CompressionType;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Flume's SequenceFiles ({@code hdfs.fileType=SequenceFile}), written by Hadoop's {@link SequenceFile.Writer}:
 * the key a {@link LongWritable} timestamp (the {@code timestamp} header, else the record's timestamp), the value
 * the body as {@link BytesWritable} (Flume's writeFormat Writable) or {@link Text} (writeFormat Text), with
 * Hadoop's codec per record or per block.
 */
public final class SequenceFileFormat implements FileFormat {
    /** The value class, Flume's {@code hdfs.writeFormat}. */
    public enum Value {
        WRITABLE(BytesWritable.class), TEXT(Text.class);

        private final Class<? extends Writable> type;

        Value(Class<? extends Writable> type) {
            this.type = type;
        }

        public static Value of(String configured) {
            return valueOf(configured.trim().toUpperCase(Locale.ROOT));
        }

        Writable wrap(byte[] body) {
            return this == TEXT ? new Text(body) : new BytesWritable(body);
        }
    }

    private final Value value;
    private final CompressionType compressionType;
    private final CompressionCodec codec;
    private final Configuration conf;
    private final TextEncoder body = new TextEncoder();

    /** {@code codec} null: no compression, whatever {@code compressionType} says. */
    SequenceFileFormat(Value value, CompressionType compressionType, CompressionCodec codec, Configuration conf) {
        this.value = value;
        this.compressionType = codec == null ? CompressionType.NONE : compressionType;
        this.codec = codec;
        this.conf = conf;
    }

    @Override
    public String extension() {
        return ".seq";
    }

    @Override
    public boolean compressesItself() {
        return true;
    }

    @Override
    public FormatWriter open(OutputStream out, SinkRecord first) throws IOException {
        SequenceFile.Writer writer = SequenceFile.createWriter(conf,
                SequenceFile.Writer.stream(new FSDataOutputStream(out, null)),
                SequenceFile.Writer.keyClass(LongWritable.class),
                SequenceFile.Writer.valueClass(value.type),
                codec == null ? SequenceFile.Writer.compression(CompressionType.NONE)
                        : SequenceFile.Writer.compression(compressionType, codec));
        return new FormatWriter() {
            @Override
            public void write(SinkRecord record) throws IOException {
                LongWritable key = new LongWritable(timestamp(record));
                writer.append(key, value.wrap(body.encode(record)));
            }

            /** Writes the last block; the stream is not the writer's, so it stays open. */
            @Override
            public void finish() throws IOException {
                writer.close();
            }
        };
    }

    /** As Flume's serializers: the {@code timestamp} header when present, else the time of the record. */
    static long timestamp(SinkRecord record) {
        Header header = record.headers().lastWithName("timestamp");
        if (header != null && header.value() instanceof Number number) {
            return number.longValue();
        }
        String text = FlumeHeaders.text(header);
        if (text != null) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new DataException("the timestamp header, the SequenceFile key, is not epoch milliseconds: '" + text + "'");
            }
        }
        return record.timestamp() != null ? record.timestamp() : System.currentTimeMillis();
    }
}
