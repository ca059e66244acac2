package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Numbered lines ({@code <prefix>-0000001}, as {@link Tally} counts them) written to log files. */
final class NumberedLines {
    private NumberedLines() {
    }

    /** Lines {@code <prefix>-<first>} to {@code <prefix>-<last>} appended to {@code file} (created if need be). */
    static void append(Path file, String prefix, long first, long last) throws IOException {
        String text = numbers(first, last).map(n -> Tally.value(prefix, n) + "\n").collect(Collectors.joining());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static Stream<Long> numbers(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed();
    }
}
