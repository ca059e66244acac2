package io.flumeconnect.sinks.hdfs.format;

import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.io.compress.Lz4Codec;
import org.apache.hadoop.io.compress.SnappyCodec;
import org.apache.hadoop.util.ReflectionUtils;

/**
 * Hadoop's compression codecs by the sink's compression names, the ones Flume's {@code hdfs.codeC} named. Each
 * works in pure Java (snappy-java and lz4-java come with the worker's Kafka clients); Hadoop's zstd codec needs
 * its native library and is not offered.
 */
public final class HadoopCodecs {
    private static final Map<String, Class<? extends CompressionCodec>> CODECS = Map.of(
            "gzip", GzipCodec.class, "snappy", SnappyCodec.class, "bzip2", BZip2Codec.class, "lz4", Lz4Codec.class);

    private HadoopCodecs() {
    }

    /** True when Hadoop writes {@code compression} with one of these codecs. */
    public static boolean offers(String compression) {
        return CODECS.containsKey(compression.toLowerCase(Locale.ROOT));
    }

    /** The codec for {@code compression}, configured with {@code conf}; null for none. */
    static CompressionCodec of(String compression, Configuration conf) {
        String name = compression.toLowerCase(Locale.ROOT);
        if (name.equals("none")) {
            return null;
        }
        Class<? extends CompressionCodec> codec = CODECS.get(name);
        if (codec == null) {
            throw new IllegalArgumentException("compression=" + name + " has no Hadoop codec here (none, gzip, snappy, "
                    + "bzip2, lz4)");
        }
        return ReflectionUtils.newInstance(codec, conf);
    }
}
