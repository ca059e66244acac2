package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Appends numbered lines to one file, {@value #CHUNK} every 100 ms or so, until stopped: a log that keeps growing,
 * so the tail source never finds it idle and keeps its handle open. Numbers start at {@code first}.
 */
final class LineAppender extends NumberedFeed {
    private static final int CHUNK = 10;

    private final Path file;
    private final String prefix;
    private final long first;

    LineAppender(Path file, String prefix, long first) {
        super("line-appender-" + file.getFileName());
        this.file = file;
        this.prefix = prefix;
        this.first = first;
    }

    /** The number of the last line appended so far ({@code first - 1} before the first). */
    long last() {
        return first + fed() - 1;
    }

    @Override
    protected void feed() throws IOException, InterruptedException {
        while (!stopped()) {
            long next = last() + 1;
            NumberedLines.append(file, prefix, next, next + CHUNK - 1);
            fed(CHUNK);
            Thread.sleep(100);
        }
    }
}
