package io.flumeconnect.sources.tail;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A line, or a part of a line longer than {@code line.max.bytes}, without its terminator: {@code length} bytes of
 * {@code array} from {@code from}. A whole line found in one read is a view of the read buffer, not a copy, so that
 * a string value is decoded straight from it: such a line is valid only while the callback that receives it runs
 * (the next read overwrites the buffer). {@link #bytes()} and {@link #text} copy.
 *
 * @param array  holds the content
 * @param from   where the content starts in {@code array}
 * @param length how many bytes it has
 * @param offset position of its first byte in the file
 * @param end    position after it, its terminator included: where reading resumes
 * @param part   0 for a whole line, else the 1-based number of this part
 * @param more   true for every part but the last
 */
public record Line(byte[] array, int from, int length, long offset, long end, int part, boolean more) {
    /** A line that owns all of {@code bytes}. */
    public Line(byte[] bytes, long offset, long end, int part, boolean more) {
        this(bytes, 0, bytes.length, offset, end, part, more);
    }

    /** The content as an array of its own: {@code array} itself when the line owns all of it, else a copy. */
    public byte[] bytes() {
        return from == 0 && length == array.length ? array : Arrays.copyOfRange(array, from, from + length);
    }

    /** The content decoded, in one copy. */
    public String text(Charset charset) {
        return new String(array, from, length, charset);
    }
}
