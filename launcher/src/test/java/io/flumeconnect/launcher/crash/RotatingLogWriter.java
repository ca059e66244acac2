package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Appends numbered lines ({@code line-0000001}) to {@code app.log} in chunks of whole lines until stopped, and
 * rotates it every {@code linesPerFile} lines the way its {@link Scheme}s say, as logrotate does.
 */
final class RotatingLogWriter extends NumberedFeed {
    static final String PREFIX = "line";

    /** How the log is rotated. */
    enum Scheme {
        /** logrotate {@code create}: rename to {@code app.log.N}, then a new {@code app.log}. */
        CREATE,
        /** {@code create} with {@code compress} + {@code delaycompress}: {@code app.log.N-1} is gzipped at rotation N. */
        CREATE_DELAYCOMPRESS,
        /** rename to {@code app.log.N}, then gzip it to {@code app.log.N.gz} at once and delete it. */
        RENAME_GZIP,
        /** logrotate {@code copytruncate} + {@code compress}: copy to {@code app.log.N}, truncate, gzip the copy. */
        COPYTRUNCATE_GZIP
    }

    private final Path dir;
    private final int linesPerFile;
    private final List<Scheme> schemes;
    private final int chunkLines;
    private final long limit;
    private volatile int rotations;

    RotatingLogWriter(Path dir, int linesPerFile) {
        this(dir, linesPerFile, Scheme.CREATE);
    }

    /** 100 lines every 20 ms or so, until stopped, every rotation by {@code scheme}. */
    RotatingLogWriter(Path dir, int linesPerFile, Scheme scheme) {
        this(dir, linesPerFile, List.of(scheme), 100, Long.MAX_VALUE);
    }

    /**
     * {@code chunkLines} lines every 20 ms or so until {@code limit} lines were written (or it is stopped), rotation
     * N by {@code schemes.get(N % schemes.size())}.
     */
    RotatingLogWriter(Path dir, int linesPerFile, List<Scheme> schemes, int chunkLines, long limit) {
        super("rotating-log-writer-" + schemes);
        this.dir = dir;
        this.linesPerFile = linesPerFile;
        this.schemes = List.copyOf(schemes);
        this.chunkLines = chunkLines;
        this.limit = limit;
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
        while (!done()) {
            try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                writeFile(out);
            }
            if (!done()) {
                rotate(log, rotations + 1);
                rotations++;
            }
        }
    }

    private void rotate(Path log, int n) throws IOException {
        Path rotated = dir.resolve("app.log." + n);
        switch (schemes.get(n % schemes.size())) {
            case CREATE -> Files.move(log, rotated);
            case CREATE_DELAYCOMPRESS -> {
                Path previous = dir.resolve("app.log." + (n - 1));
                if (Files.exists(previous)) {
                    gzip(previous);
                }
                Files.move(log, rotated);
            }
            case RENAME_GZIP -> {
                Files.move(log, rotated);
                gzip(rotated);
            }
            case COPYTRUNCATE_GZIP -> {
                Files.copy(log, rotated);
                try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
                    channel.truncate(0);
                }
                gzip(rotated);
            }
        }
    }

    /** As gzip does: writes {@code file.gz} in place, then deletes {@code file}. */
    private static void gzip(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file.resolveSibling(file.getFileName() + ".gz")), 4096)) {
            Files.copy(file, out);
        }
        Files.delete(file);
    }

    private boolean done() {
        return stopped() || fed() >= limit;
    }

    /** Writes one file's lines in chunks, pausing a little between chunks (a live application log). */
    private void writeFile(OutputStream out) throws IOException, InterruptedException {
        for (int inFile = 0; inFile < linesPerFile && !done(); inFile += chunkLines) {
            StringBuilder chunk = new StringBuilder();
            long first = fed() + 1;
            long count = Math.min(chunkLines, limit - fed());
            for (long n = first; n < first + count; n++) {
                chunk.append(Tally.value(PREFIX, n)).append('\n');
            }
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            fed(count);
            Thread.sleep(20);
        }
    }
}
