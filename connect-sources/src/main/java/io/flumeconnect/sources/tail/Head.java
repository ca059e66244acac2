package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A file's first bytes (decompressed for a {@code .gz}), up to {@code fingerprint.bytes}: what recognises the file
 * and its copies.
 *
 * @param bytes  the bytes read, {@code bytes.length} of them
 * @param wanted {@code fingerprint.bytes}: a head that long is full and has a {@link ContentKey}
 */
record Head(byte[] bytes, int wanted) {

    /**
     * Reads the first {@code wanted} bytes of {@code path}. Throws {@link java.nio.file.NoSuchFileException} when it
     * vanished, {@link java.io.EOFException} for a gzip file not complete enough to read, any other
     * {@link IOException} when it cannot be read (no permission, not gzip although named {@code .gz}, I/O error).
     */
    static Head read(Path path, int wanted) throws IOException {
        byte[] into = new byte[wanted];
        int n = GzipContent.isGzip(path) ? GzipContent.readHead(path, into) : readPlain(path, into);
        return new Head(Arrays.copyOf(into, n), wanted);
    }

    private static int readPlain(Path path, byte[] into) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(into);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read on: a plain read may return fewer bytes than there are
            }
            return buffer.position();
        }
    }

    int length() {
        return bytes.length;
    }

    /** True when the head has all {@code fingerprint.bytes} bytes: the file has a content key. */
    boolean full() {
        return bytes.length == wanted;
    }

    Fingerprint fingerprint() {
        return Fingerprint.of(bytes, bytes.length);
    }

    /** The content key, or null while the file is shorter than {@code fingerprint.bytes}. */
    ContentKey contentKey() {
        return full() ? ContentKey.of(bytes, bytes.length) : null;
    }

    /** True when the file starts with the bytes {@code fingerprint} was taken of. */
    boolean matches(Fingerprint fingerprint) {
        return fingerprint.matches(bytes, bytes.length);
    }
}
