package io.flumeconnect.sources.tail;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzip-compressed rotated file, read as its uncompressed bytes: positions count uncompressed bytes. A file that
 * is still being compressed ends early; reading stops there and is resumed by reopening it later.
 */
final class GzipContent implements FileContent {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final Path path;
    private InputStream in;
    private boolean complete;

    private GzipContent(Path path, InputStream in) {
        this.path = path;
        this.in = in;
    }

    /** Compressed files are recognised by name ({@code .gz}) and checked by content when opened. */
    static boolean isGzip(Path path) {
        return path.getFileName().toString().endsWith(".gz");
    }

    static GzipContent open(Path path, long position) throws IOException {
        GzipContent content = new GzipContent(path, null);
        content.in = content.openAt(position);
        return content;
    }

    private InputStream openAt(long position) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            InputStream stream = new GZIPInputStream(raw, 65536);
            stream.skipNBytes(position);
            return stream;
        } catch (EOFException e) {
            // Not yet compressed up to the position: try again later.
            raw.close();
            return null;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (in == null || complete) {
            return -1;
        }
        try {
            int n = in.read(buffer);
            if (n < 0) {
                complete = true;
            }
            return n;
        } catch (EOFException e) {
            // gzip is still writing the file: the bytes read so far are right; the caller reopens it later.
            in.close();
            in = null;
            return -1;
        }
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public int head(byte[] head) throws IOException {
        try {
            return readHead(path, head);
        } catch (NoSuchFileException | EOFException e) {
            return -1;
        }
    }

    /**
     * Reads the first uncompressed bytes of {@code path}, up to {@code head.length}. Throws {@link EOFException}
     * while the file is too incomplete to read (being compressed, or {@code \x1f\x8b} alone), a
     * {@link ZipException} when it is not gzip at all.
     */
    static int readHead(Path path, byte[] head) throws IOException {
        try (InputStream raw = Files.newInputStream(path)) {
            int first = raw.read();
            int second = raw.read();
            if (second < 0) {
                throw new EOFException(path + " has fewer than the two bytes of a gzip header");
            }
            if (first != GZIP_MAGIC_1 || second != GZIP_MAGIC_2) {
                throw new ZipException(path + " is named .gz but is not gzip-compressed");
            }
        }
        try (InputStream raw = Files.newInputStream(path); InputStream stream = new GZIPInputStream(raw)) {
            return stream.readNBytes(head, 0, head.length);
        }
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
