package io.flumeconnect.sources.tail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts a stream of bytes into lines ending with {@code \n} or {@code \r\n}, whatever the read-buffer boundaries:
 * an unfinished line waits, in at most {@code maxBytes + 2} bytes, for the rest. A longer line is emitted in
 * parts of at most {@code maxBytes}, cut before a multi-byte UTF-8 sequence and never between {@code \r} and
 * {@code \n}.
 */
final class LineSplitter {
    private static final int INITIAL_CAPACITY = 256;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final int maxBytes;
    private final boolean utf8;
    private byte[] pending = new byte[INITIAL_CAPACITY];
    private int pendingLength;
    private long lineStart;
    private int part;

    LineSplitter(int maxBytes, boolean utf8, long position) {
        this.maxBytes = maxBytes;
        this.utf8 = utf8;
        this.lineStart = position;
    }

    /** Feeds {@code bytes[from, to)}, which follow the bytes fed so far, and emits every line they complete. */
    void feed(byte[] bytes, int from, int to, Consumer<Line> out) {
        int i = from;
        while (i < to) {
            int newline = indexOfNewline(bytes, i, to);
            if (newline >= 0 && pendingLength == 0 && newline - i <= maxBytes) {
                emitWhole(bytes, i, newline, out);
                i = newline + 1;
                continue;
            }
            int end = newline < 0 ? to : newline;
            append(bytes, i, end, out);
            if (newline < 0) {
                return;
            }
            emit(lineStart + pendingLength + 1, out);
            i = newline + 1;
        }
    }

    /** The common case: a whole line within one read, handed out as a view of {@code bytes}, not copied. */
    private void emitWhole(byte[] bytes, int from, int newline, Consumer<Line> out) {
        int length = newline > from && bytes[newline - 1] == '\r' ? newline - 1 - from : newline - from;
        long end = lineStart + (newline - from) + 1;
        out.accept(new Line(bytes, from, length, lineStart, end, 0, false));
        lineStart = end;
    }

    /** True when bytes of an unfinished line wait for their newline. */
    boolean hasPending() {
        return pendingLength > 0;
    }

    /** Emits the unfinished line as it is (its file did not grow for a while). */
    void flush(Consumer<Line> out) {
        if (pendingLength > 0) {
            emit(lineStart + pendingLength, out);
        }
    }

    /** Position after the last byte emitted: where reading resumes if the pending bytes are lost. */
    long emittedPosition() {
        return lineStart;
    }

    private void append(byte[] bytes, int from, int to, Consumer<Line> out) {
        int i = from;
        while (i < to) {
            int room = maxBytes + 2 - pendingLength;
            int n = Math.min(room, to - i);
            ensureCapacity(pendingLength + n);
            System.arraycopy(bytes, i, pending, pendingLength, n);
            pendingLength += n;
            i += n;
            if (pendingLength == maxBytes + 2) {
                emitPart(out);
            }
        }
    }

    /** Emits the first {@code maxBytes} (or a little less) of an overlong line; the rest stays pending. */
    private void emitPart(Consumer<Line> out) {
        int cut = maxBytes;
        if (utf8) {
            int back = 0;
            while (back < 3 && cut - back > 0 && (pending[cut - back] & 0xC0) == 0x80) {
                back++;
            }
            if ((pending[cut - back] & 0xC0) != 0x80) {
                cut -= back;
            }
        }
        if (cut > 1 && pending[cut - 1] == '\r') {
            cut--;
        }
        part++;
        out.accept(new Line(Arrays.copyOf(pending, cut), lineStart, lineStart + cut, part, true));
        lineStart += cut;
        System.arraycopy(pending, cut, pending, 0, pendingLength - cut);
        pendingLength -= cut;
    }

    private void emit(long end, Consumer<Line> out) {
        int length = pendingLength;
        if (length > 0 && pending[length - 1] == '\r') {
            length--;
        }
        out.accept(new Line(Arrays.copyOf(pending, length), lineStart, end, part == 0 ? 0 : part + 1, false));
        lineStart = end;
        pendingLength = 0;
        part = 0;
        if (pending.length > INITIAL_CAPACITY * 16) {
            pending = new byte[INITIAL_CAPACITY];
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > pending.length) {
            pending = Arrays.copyOf(pending, Math.min(Math.max(needed, pending.length * 2), maxBytes + 2));
        }
    }

    /**
     * Eight bytes at a time: the search is the task's hottest loop (a tenth of its thread's time, byte by byte).
     * XOR with eight newlines turns each newline into a zero byte; {@code (x - 0x01..) & ~x & 0x80..} marks the
     * zero bytes, and its lowest mark is always a true one, so the first newline is the lowest marked byte.
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long zeros = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zeros != 0) {
                return i + Long.numberOfTrailingZeros(zeros) / Byte.SIZE;
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
