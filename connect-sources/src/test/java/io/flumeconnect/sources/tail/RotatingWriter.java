package io.flumeconnect.sources.tail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * An application log: appends numbered lines to {@code app.log}, and every {@code linesPerFile} lines rotates it
 * as logrotate's {@code create} does (rename to {@code app.log.N}, go on in a new {@code app.log}). With
 * {@code gzipEvery > 0}, every so many rotated files are then compressed to {@code app.log.N.gz} in place and
 * the uncompressed copy deleted, as logrotate's {@code compress} does.
 */
final class RotatingWriter implements Runnable {
    private final Path dir;
    private final int lines;
    private final int linesPerFile;
    private final int gzipEvery;
    private final int linesPerPause;
    private final long pauseMs;
    private volatile int written;
    private volatile Exception failure;

    RotatingWriter(Path dir, int lines, int linesPerFile, int gzipEvery, int linesPerPause, long pauseMs) {
        this.dir = dir;
        this.lines = lines;
        this.linesPerFile = linesPerFile;
        this.gzipEvery = gzipEvery;
        this.linesPerPause = linesPerPause;
        this.pauseMs = pauseMs;
    }

    Path log() {
        return dir.resolve("app.log");
    }

    int written() {
        return written;
    }

    Exception failure() {
        return failure;
    }

    @Override
    public void run() {
        try {
            write();
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() throws IOException, InterruptedException {
        int rotation = 0;
        BufferedWriter out = open();
        for (int i = 0; i < lines; i++) {
            if (i > 0 && i % linesPerFile == 0) {
                out.close();
                rotation++;
                Path rotated = dir.resolve("app.log." + rotation);
                Files.move(log(), rotated);
                out = open();
                if (gzipEvery > 0 && rotation % gzipEvery == 0) {
                    gzip(rotated);
                }
            }
            out.write(Integer.toString(i));
            out.write('\n');
            written = i + 1;
            if ((i + 1) % linesPerPause == 0) {
                out.flush();
                Thread.sleep(pauseMs);
            }
        }
        out.close();
    }

    private BufferedWriter open() throws IOException {
        return Files.newBufferedWriter(log(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void gzip(Path rotated) {
        Path gz = rotated.resolveSibling(rotated.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 4096)) {
            Files.copy(rotated, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.delete(rotated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
