package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A process's open file descriptors, from {@code /proc/PID/fd} (Linux). */
public final class OpenFiles {
    private OpenFiles() {
    }

    /** True while one of the process's file descriptors is {@code file}. */
    public static boolean holds(long pid, Path file) throws IOException {
        try (Stream<Path> fds = list(pid)) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file.toAbsolutePath());
                } catch (IOException e) {
                    return false; // closed while listed
                }
            });
        }
    }

    /** How many descriptors the process has open. */
    public static long count(long pid) throws IOException {
        try (Stream<Path> fds = list(pid)) {
            return fds.count();
        }
    }

    /** The lowest descriptor number the process has free: the one its next {@code open} gets. */
    public static int lowestFree(long pid) throws IOException {
        Set<Integer> open;
        try (Stream<Path> fds = list(pid)) {
            open = fds.map(fd -> Integer.valueOf(fd.getFileName().toString())).collect(Collectors.toSet());
        }
        int fd = 0;
        while (open.contains(fd)) {
            fd++;
        }
        return fd;
    }

    private static Stream<Path> list(long pid) throws IOException {
        return Files.list(Path.of("/proc", Long.toString(pid), "fd"));
    }
}
