package io.flumeconnect.sinks.file.format;

import org.apache.avro.file.CodecFactory;

/** The Avro container codec for a sink's compression setting: deflate for gzip, snappy, zstandard. */
final class AvroCodecs {
    private AvroCodecs() {
    }

    static CodecFactory of(Compression compression) {
        return switch (compression) {
            case NONE -> CodecFactory.nullCodec();
            case GZIP -> CodecFactory.deflateCodec(CodecFactory.DEFAULT_DEFLATE_LEVEL);
            case SNAPPY -> CodecFactory.snappyCodec();
            case ZSTD -> CodecFactory.zstandardCodec(CodecFactory.DEFAULT_ZSTANDARD_LEVEL);
            case LZ4_FRAME -> throw new IllegalArgumentException("Avro has no lz4 codec");
        };
    }
}
