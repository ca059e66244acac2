package io.flumeconnect.sources.tail;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The bytes of an open file, read forward from a position: a plain file or a gzip-compressed one. */
interface FileContent extends Closeable {

    static FileContent open(Path path, long position) throws IOException {
        return GzipContent.isGzip(path) ? GzipContent.open(path, position) : PlainContent.open(path, position);
    }

    /** Reads into {@code buffer}; 0 or -1 when there is nothing more to read now. */
    int read(byte[] buffer) throws IOException;

    /** The file's length now, or -1 where it cannot shrink or cannot be known cheaply (compressed files). */
    long length() throws IOException;

    /** True when no byte will ever follow: a compressed file whose stream ended. */
    boolean complete();

    /** Reads the file's first bytes, up to {@code head.length}; returns how many, or -1 if not yet readable. */
    int head(byte[] head) throws IOException;
}
