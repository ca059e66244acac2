package io.flumeconnect.sources.tail;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Recognises the names rotation gives files: compressed, numbered ({@code app.log.1}) or dated ({@code -20240101}). */
final class RotatedName {
    private static final Pattern NUMBERED = Pattern.compile(".*[.\\-_](\\d{1,3}|\\d{8}(-?\\d+)?|\\d{4}-\\d{2}-\\d{2}.*)(\\.gz)?");

    private RotatedName() {
    }

    /** Why {@code path}'s name looks like a rotated file's, or null. */
    static String why(Path path) {
        String name = path.getFileName().toString();
        if (NUMBERED.matcher(name).matches()) {
            return "a rotated file's name";
        }
        return GzipContent.isGzip(path) ? "a compressed file" : null;
    }
}
