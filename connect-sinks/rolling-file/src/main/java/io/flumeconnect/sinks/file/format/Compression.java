package io.flumeconnect.sinks.file.format;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import org.xerial.snappy.SnappyFramedOutputStream;

/**
 * Stream compression of text and JSON-lines files (Flume's {@code hdfs.codeC}). Snappy uses the framing
 * format ({@code .sz}, readable by {@code snappy-java} and Python's {@code snappy -d}); {@code lz4_frame} the
 * LZ4 frame format ({@code .lz4}, readable by {@code lz4 -d}), not Hadoop's {@code Lz4Codec} blocks, which is the
 * HDFS sink's {@code lz4}. The libraries are the ones the Connect worker already ships with Kafka's clients.
 */
public enum Compression {
    NONE("") {
        @Override
        public OutputStream wrap(OutputStream out) {
            return out;
        }
    },
    GZIP(".gz") {
        @Override
        public OutputStream wrap(OutputStream out) throws IOException {
            return new GZIPOutputStream(out, 64 * 1024);
        }
    },
    SNAPPY(".sz") {
        @Override
        public OutputStream wrap(OutputStream out) throws IOException {
            return new SnappyFramedOutputStream(out);
        }
    },
    ZSTD(".zst") {
        @Override
        public OutputStream wrap(OutputStream out) throws IOException {
            return new ZstdOutputStream(out);
        }
    },
    /**
     * 64 KiB independent blocks (the lz4 tool's default is 4 MiB linked ones): little memory per open file. With a
     * content checksum, as the lz4 tool writes, so {@code lz4 -t} checks a file.
     */
    LZ4_FRAME(".lz4") {
        @Override
        public OutputStream wrap(OutputStream out) throws IOException {
            return new LZ4FrameOutputStream(out, LZ4FrameOutputStream.BLOCKSIZE.SIZE_64KB,
                    LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE, LZ4FrameOutputStream.FLG.Bits.CONTENT_CHECKSUM);
        }
    };

    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    /** The file name extension this compression adds, e.g. {@code .gz}. */
    public String extension() {
        return extension;
    }

    /** A stream that compresses into {@code out}; closing it ends the compressed data and closes {@code out}. */
    public abstract OutputStream wrap(OutputStream out) throws IOException;

    /** The engine's compression named {@code configured}; Hadoop's codecs (bzip2, lz4) are the HDFS sink's. */
    public static Compression of(String configured) {
        try {
            return valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("compression '" + configured + "' is not one of none, gzip, snappy, zstd, "
                    + "lz4_frame (bzip2 and lz4 are Hadoop's codecs, written by the HDFS sink into text, JSON and "
                    + "SequenceFiles)", e);
        }
    }
}
