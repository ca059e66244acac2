package io.flumeconnect.launcher.quickstart;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/** Appends application-style log lines to the file the quickstart's tail source follows. */
final class SampleLog {
    private static final List<String> LEVELS = List.of("INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR");
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");

    private final Path file;
    private long written;

    SampleLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Appends {@code count} more lines, each numbered from 1 over the life of this log. */
    void append(int count) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int i = 0; i < count; i++) {
                written++;
                out.write(line(written));
                out.newLine();
            }
        }
    }

    static String line(long n) {
        return "%s %-5s [web-%d] user=%s request %d served in %d ms".formatted(Instant.now(),
                LEVELS.get((int) (n % LEVELS.size())), n % 3, USERS.get((int) (n % USERS.size())), n, 3 + (n * 7) % 120);
    }
}
