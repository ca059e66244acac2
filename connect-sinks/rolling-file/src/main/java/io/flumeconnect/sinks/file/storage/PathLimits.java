package io.flumeconnect.sinks.file.storage;

import java.nio.charset.StandardCharsets;

/**
 * The longest names a storage takes, in UTF-8 bytes: one segment (a directory or file name) and a whole path
 * below the sink's root. Checked before a file is created, so a record whose values render a name that is
 * too long is refused without touching the storage.
 */
public record PathLimits(int segmentBytes, int pathBytes) {
    /** Linux and most POSIX file systems: 255-byte names (NAME_MAX), 4096-byte paths (PATH_MAX) with the root. */
    public static PathLimits posix(String root) {
        return new PathLimits(255, 4095 - bytes(root) - 1);
    }

    /** {@code path} (relative, '/'-separated) when every segment and the whole fit. */
    public String check(String path) throws UnusablePathException {
        if (bytes(path) > pathBytes) {
            throw new UnusablePathException("the path '" + path + "' has " + bytes(path) + " bytes, more than the "
                    + pathBytes + " the storage takes below the root");
        }
        for (String segment : path.split("/")) {
            if (bytes(segment) > segmentBytes) {
                throw new UnusablePathException("the name '" + segment + "' has " + bytes(segment) + " bytes, more than the "
                        + segmentBytes + " the storage takes; shorten file.prefix, path.template or the values they hold");
            }
        }
        return path;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
