package io.flumeconnect.sinks.file.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Keeps paths built from templates inside the sink's directory, visible to readers, and one value per name.
 *
 * <p>A value taken from a record (header, field, topic, host name) or rendered by a time escape is made into
 * one harmless piece of a path segment by {@link #sanitize}, a deterministic mapping that never maps two values
 * to one: each UTF-8 byte of {@code /}, {@code \}, {@code :}, {@code %} and control characters becomes
 * {@code %XX} (upper-case hex, as in URLs and Hive's partition directories), and so does a {@code .} or
 * {@code _} at the start of the value, which would hide the file or directory from Hadoop, Hive and Spark
 * (so {@code ..} becomes {@code %2E.}). A result longer than {@value #MAX_VALUE_BYTES} bytes is cut at a
 * character boundary and ends with {@code ~} and 8 hex digits of the CRC-32 of the whole value, so long values
 * that share a beginning stay apart. A rendered path is then normalised by {@link #normalize}, which refuses
 * {@code ..} segments (templates themselves are checked with {@link #relative}, which also refuses absolute
 * paths), so nothing built from a template can leave the base directory.
 */
public final class PathSegments {
    /** Most bytes (UTF-8) a value may contribute to a path, well below the usual 255-byte name limit. */
    public static final int MAX_VALUE_BYTES = 100;
    private static final int HASH_BYTES = 9;

    private PathSegments() {
    }

    /** {@code value} as text that cannot add, remove, climb or hide a directory level. */
    public static String sanitize(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE_BYTES) + 8);
        int bytes = 0;
        int keep = 0;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean escaped = mustEscape(c, i == 0);
            int size = escaped ? 3 * utf8Length(c) : utf8Length(c);
            if (bytes + size > MAX_VALUE_BYTES) {
                return out.substring(0, keep) + "~" + crc(value);
            }
            if (escaped) {
                escape(out, c);
            } else {
                out.appendCodePoint(c);
            }
            bytes += size;
            if (bytes <= MAX_VALUE_BYTES - HASH_BYTES) {
                keep = out.length();
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean mustEscape(int c, boolean first) {
        return c == '/' || c == '\\' || c == ':' || c == '%' || Character.isISOControl(c) || first && (c == '.' || c == '_');
    }

    private static void escape(StringBuilder out, int c) {
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }

    private static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    private static String crc(String value) {
        CRC32 crc = new CRC32();
        crc.update(value.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
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
