package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What a file is, independent of its name: {@code <device>:<inode>} where the OS has them, else the file
 * system's file key, else the path. A renamed file keeps its identity, so it is never read again from its
 * start; a new file created under the old name gets a new one.
 *
 * @param id    the identity, the source partition of the file's offsets
 * @param inode the inode number where known (to import Flume positions), else -1
 */
public record FileIdentity(String id, long inode) {

    public static FileIdentity of(Path path) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(path, "unix:dev,ino");
            long inode = ((Number) unix.get("ino")).longValue();
            return new FileIdentity(unix.get("dev") + ":" + inode, inode);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return new FileIdentity(key != null ? key.toString() : path.toAbsolutePath().toString(), -1);
        }
    }

    /** Stable across JVMs (String's hash is specified), so tasks agree on which task reads which file. */
    int owner(int taskCount) {
        return Math.floorMod(id.hashCode(), taskCount);
    }

    @Override
    public String toString() {
        return id;
    }
}
