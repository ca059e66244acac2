package io.flumeconnect.launcher.quickstart;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts the events (lines) in the files the quickstart's sink has finished under its directory. Files
 * still being written (hidden, or named {@code *.tmp}) are not counted: they are not visible to readers yet.
 */
public final class SinkWatcher {
    private final Path dir;

    public SinkWatcher(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    public long events() throws IOException {
        return finishedFiles().stream().mapToLong(SinkWatcher::lines).sum();
    }

    /** The files the sink has finished, oldest name first. */
    public List<Path> finishedFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(SinkWatcher::isFinished).sorted().toList();
        }
    }

    /** Prints the first {@code count} events of the first finished file, to show what the pipeline wrote. */
    void printSample(int count, PrintStream out) throws IOException {
        List<Path> files = finishedFiles();
        if (files.isEmpty()) {
            return;
        }
        out.printf("First events in %s:%n", files.get(0));
        try (Stream<String> lines = Files.lines(files.get(0))) {
            lines.limit(count).forEach(line -> out.println("  " + line));
        }
    }

    /** Until interrupted, prints the event count whenever it changes: lines the user appends show up here. */
    void follow(PrintStream out) throws IOException, InterruptedException {
        long last = events();
        while (true) {
            Thread.sleep(2000);
            long now = events();
            if (now != last) {
                out.printf("  %d events in %s (+%d)%n", now, dir, now - last);
                last = now;
            }
        }
    }

    /**
     * Waits until at least {@code expected} events are in finished files, printing progress each second;
     * returns the count, which is below {@code expected} only when {@code timeout} passed first.
     */
    public long await(long expected, Duration timeout, PrintStream out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = events();
        long printed = -1;
        while (seen < expected && System.nanoTime() < deadline) {
            if (seen != printed) {
                out.printf("  %d / %d events in %s%n", seen, expected, dir);
                printed = seen;
            }
            Thread.sleep(1000);
            seen = events();
        }
        out.printf("  %d / %d events in %s%n", seen, expected, dir);
        return seen;
    }

    private static boolean isFinished(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
