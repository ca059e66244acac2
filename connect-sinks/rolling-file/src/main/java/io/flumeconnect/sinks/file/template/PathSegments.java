package io.flumeconnect.sinks.file.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps paths built from templates inside the sink's directory.
 *
 * <p>A value taken from a record (header, field, topic, host name) is made into one harmless path
 * segment by {@link #sanitize}: path separators ({@code /} and {@code \}), {@code :} (a URI scheme or
 * drive letter), NUL and other control characters become {@code _}; a value made only of dots
 * ({@code .}, {@code ..}) has its dots replaced by {@code _}; it is cut to {@value #MAX_VALUE_LENGTH}
 * characters. A rendered path is then normalised by {@link #normalize}, which refuses {@code ..} segments
 * (templates themselves are checked with {@link #relative}, which also refuses absolute paths), so nothing
 * built from a template can leave the base directory.
 */
public final class PathSegments {
    /** Longest value a record may contribute to a path, well below the usual 255-byte name limit. */
    public static final int MAX_VALUE_LENGTH = 100;

    private PathSegments() {
    }

    /** {@code value} as text that cannot add, remove or climb a directory level. */
    public static String sanitize(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE_LENGTH));
        value.codePoints().limit(MAX_VALUE_LENGTH).forEach(c -> out.appendCodePoint(safe(c) ? c : '_'));
        return onlyDots(out) ? "_".repeat(out.length()) : out.toString();
    }

    private static boolean safe(int c) {
        return c != '/' && c != '\\' && c != ':' && !Character.isISOControl(c);
    }

    private static boolean onlyDots(CharSequence text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == '.');
    }

    /**
     * A relative path template or path, normalised by {@link #normalize}.
     *
     * @throws IllegalArgumentException when it is absolute or holds a {@code ..} segment
     */
    public static String relative(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) {
            throw new IllegalArgumentException("'" + path + "' is absolute; it must be relative to the sink directory");
        }
        return normalize(path);
    }

    /**
     * A rendered path normalised to {@code a/b/c}: empty and {@code .} segments dropped, including the empty
     * leading segment that an empty value at the start of a template leaves.
     *
     * @throws IllegalArgumentException when it holds a {@code ..} segment
     */
    public static String normalize(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("'" + path + "' climbs out of the sink directory with '..'");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}
