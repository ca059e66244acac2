package io.flumeconnect.sinks.hdfs.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.FormatWriter;
import io.flumeconnect.sinks.file.format.LineFormat;
import io.flumeconnect.sinks.file.format.TextEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HadoopCodecFormatTest {
    private static final Configuration CONF = new Configuration();

    /** What Hadoop's TextInputFormat does: the codec from the file name's extension, then decompress. */
    @ParameterizedTest
    @CsvSource({"bzip2,.txt.bz2", "lz4,.txt.lz4", "snappy,.txt.snappy", "gzip,.txt.gz"})
    void hadoopFindsTheCodecByExtensionAndReadsTheLines(String compression, String extension) throws IOException {
        FileFormat format = new HadoopCodecFormat(new LineFormat(new TextEncoder(), new byte[] {'\n'}, ".txt"),
                HadoopCodecs.of(compression, CONF));
        assertThat(format.extension()).isEqualTo(extension);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormatWriter writer = format.open(out, record("line-0"));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            writer.write(record("line-" + i));
            expected.append("line-").append(i).append('\n');
        }
        writer.finish();

        CompressionCodec codec = new CompressionCodecFactory(CONF).getCodec(new org.apache.hadoop.fs.Path("/x/events" + extension));
        assertThat(codec).isNotNull();
        try (InputStream in = codec.createInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        }
    }

    private static SinkRecord record(String value) {
        return new SinkRecord("t", 0, null, null, null, value, 0L);
    }
}
