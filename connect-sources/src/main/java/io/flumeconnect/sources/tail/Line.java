package io.flumeconnect.sources.tail;

/**
 * A line, or a part of a line longer than {@code line.max.bytes}, without its terminator.
 *
 * @param bytes  the content
 * @param offset position of its first byte in the file
 * @param end    position after it, its terminator included: where reading resumes
 * @param part   0 for a whole line, else the 1-based number of this part
 * @param more   true for every part but the last
 */
public record Line(byte[] bytes, long offset, long end, int part, boolean more) {
}
