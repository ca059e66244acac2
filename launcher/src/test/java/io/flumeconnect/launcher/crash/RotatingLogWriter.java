package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Appends numbered lines ({@code line-0000001}) to {@code app.log} in chunks of whole lines until stopped, and
 * rotates as logrotate's {@code create} does: rename to {@code app.log.N}, then a new {@code app.log}.
 */
final class RotatingLogWriter extends NumberedFeed {
    static final String PREFIX = "line";

    private final Path dir;
    private final int linesPerFile;
    private volatile int rotations;

    RotatingLogWriter(Path dir, int linesPerFile) {
        super("rotating-log-writer");
        this.dir = dir;
        this.linesPerFile = linesPerFile;
    }

    int rotations() {
        return rotations;
    }

    /** Waits until the log is rotated once more. */
    void awaitRotation(Duration timeout) throws IOException, InterruptedException {
        int seen = rotations;
        Await.until(() -> rotations > seen, timeout, () -> "no rotation after " + seen);
    }

    @Override
    protected void feed() throws IOException, InterruptedException {
        Path log = dir.resolve("app.log");
        while (!stopped()) {
            try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                writeFile(out);
            }
            if (!stopped()) {
                Files.move(log, dir.resolve("app.log." + (rotations + 1)));
                rotations++;
            }
        }
    }

    /** Writes one file's lines in chunks of 100, pausing a little between chunks (a live application log). */
    private void writeFile(OutputStream out) throws IOException, InterruptedException {
        for (int inFile = 0; inFile < linesPerFile && !stopped(); inFile += 100) {
            StringBuilder chunk = new StringBuilder();
            long first = fed() + 1;
            for (long n = first; n < first + 100; n++) {
                chunk.append(Tally.value(PREFIX, n)).append('\n');
            }
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            fed(100);
            Thread.sleep(20);
        }
    }
}
