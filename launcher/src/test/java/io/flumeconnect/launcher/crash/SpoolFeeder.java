package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Drops files of numbered lines ({@code spool-0000001} ...) into a spool directory as Flume requires: each written
 * whole in a staging directory, then moved in. File {@code k} (from 1) holds lines {@code (k-1)*lines+1 .. k*lines}.
 */
final class SpoolFeeder {
    static final String PREFIX = "spool";

    private final Path staging;
    private final Path spool;
    private final int lines;
    private int files;

    SpoolFeeder(Path staging, Path spool, int lines) {
        this.staging = staging;
        this.spool = spool;
        this.lines = lines;
    }

    /** Moves the next file into the spool directory. */
    void next() {
        int k = ++files;
        List<String> values = numbersOf(k).mapToObj(n -> Tally.value(PREFIX, n)).toList();
        try {
            Path file = Files.write(Files.createDirectories(staging).resolve(name(k)), values);
            Files.move(file, spool.resolve(name(k)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(int k) {
        return "batch-%03d.log".formatted(k);
    }

    int files() {
        return files;
    }

    long lines() {
        return (long) files * lines;
    }

    /** The numbers of the lines of file {@code k}. */
    LongStream numbersOf(int k) {
        return LongStream.rangeClosed((long) (k - 1) * lines + 1, (long) k * lines);
    }
}
