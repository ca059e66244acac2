package io.flumeconnect.sinks.hdfs.format;

import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.FormatWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.io.compress.CodecPool;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionOutputStream;
import org.apache.hadoop.io.compress.Compressor;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Text or JSON lines compressed by a Hadoop codec, as Flume's {@code CompressedStream} wrote them: the bytes
 * Hadoop's {@code TextInputFormat} decompresses by the codec's extension ({@code .bz2}, {@code .lz4},
 * {@code .snappy}).
 */
final class HadoopCodecFormat implements FileFormat {
    private static final int BUFFER = 64 * 1024;

    private final FileFormat lines;
    private final CompressionCodec codec;

    HadoopCodecFormat(FileFormat lines, CompressionCodec codec) {
        this.lines = lines;
        this.codec = codec;
    }

    @Override
    public String extension() {
        return lines.extension() + codec.getDefaultExtension();
    }

    @Override
    public boolean compressesItself() {
        return true;
    }

    @Override
    public FormatWriter open(OutputStream out, SinkRecord first) throws IOException {
        Compressor compressor = CodecPool.getCompressor(codec);
        CompressionOutputStream compressed = codec.createOutputStream(out, compressor);
        BufferedOutputStream buffered = new BufferedOutputStream(compressed, BUFFER);
        FormatWriter writer = lines.open(buffered, first);
        return new FormatWriter() {
            @Override
            public void write(SinkRecord record) throws IOException {
                writer.write(record);
            }

            /** Ends the compressed data without closing {@code out}, and gives the compressor back to Hadoop's pool. */
            @Override
            public void finish() throws IOException {
                writer.finish();
                buffered.flush();
                compressed.finish();
                compressed.flush();
                CodecPool.returnCompressor(compressor);
            }
        };
    }
}
