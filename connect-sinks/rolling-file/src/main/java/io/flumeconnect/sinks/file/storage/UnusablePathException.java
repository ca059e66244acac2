package io.flumeconnect.sinks.file.storage;

import java.io.IOException;

/**
 * A path the storage can never create, however often it is retried: a name longer than the file system
 * takes, a directory on the way that is a file, a name the file system refuses. The record whose values
 * rendered the path is at fault, not the storage.
 */
public final class UnusablePathException extends IOException {
    public UnusablePathException(String message) {
        super(message);
    }

    public UnusablePathException(String message, Throwable cause) {
        super(message, cause);
    }
}
