package io.flumeconnect.sinks.file.storage;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Where the rolling-file engine keeps its files: a directory tree addressed by relative paths
 * ({@code a/b/c.txt}, never absolute, never {@code ..}) below one root.
 *
 * <p>The exactly-once protocol needs exactly these operations: create a new file, make its bytes
 * durable ({@link StorageOutput#sync()}), rename it atomically to a name that does not exist yet, list
 * every file below the root, and delete.
 */
public interface Storage extends Closeable {
    /**
     * Creates {@code path} (and its parent directories); fails when it already exists.
     *
     * @throws UnusablePathException when the path can never be created (a file where a directory must be)
     */
    StorageOutput create(String path) throws IOException;

    /** The longest names this storage takes below its root. */
    PathLimits limits();

    /** Renames {@code from} to {@code to} atomically, in one directory; fails when {@code to} exists. */
    void rename(String from, String to) throws IOException;

    /** Every file below the root, recursively, as relative paths. */
    List<String> list() throws IOException;

    /** Deletes {@code path}; no error when it is already gone. */
    void delete(String path) throws IOException;

    /**
     * Makes files that a crashed writer left open safe to delete or rename (HDFS lease recovery, all of them at
     * once); a no-op where files have no owner.
     */
    default void release(Collection<String> paths) throws IOException {
    }

    /** {@code path} as a user would find it ({@code /data/x} or {@code hdfs://nn/x}), for messages. */
    String describe(String path);
}
