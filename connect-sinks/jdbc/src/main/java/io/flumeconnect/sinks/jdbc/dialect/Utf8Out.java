package io.flumeconnect.sinks.jdbc.dialect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * Encodes the text a bulk path buffers into one reused byte array and hands it on: no String and no fresh array
 * per flush, which were the COPY path's largest allocations in the profile (one instance per task, reused across
 * batches). The text is first copied into a reused {@code char[]}: the encoder's loop over an array is several times
 * faster than over a {@code StringBuilder}'s characters one call at a time. Unpaired surrogates become {@code ?}, as
 * {@code String.getBytes} makes them.
 */
public final class Utf8Out {
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes;
    private char[] chars;

    /** {@code chunkChars}: about how many characters the caller buffers before each {@link #write}. */
    public Utf8Out(int chunkChars) {
        this.bytes = ByteBuffer.allocate(chunkChars * 4);
        this.chars = new char[chunkChars * 2];
    }

    /** Sends {@code buffer} as UTF-8 to {@code sink} and empties it. */
    public void write(StringBuilder buffer, Sink sink) throws SQLException {
        if (chars.length < buffer.length()) {
            chars = new char[buffer.length()];
        }
        buffer.getChars(0, buffer.length(), chars, 0);
        CharBuffer text = CharBuffer.wrap(chars, 0, buffer.length());
        encoder.reset();
        CoderResult result;
        do {
            result = encoder.encode(text, bytes, true);
            if (result.isUnderflow()) {
                result = encoder.flush(bytes);
            }
            sink.write(bytes.array(), bytes.position());
            bytes.clear();
        } while (result.isOverflow());
        buffer.setLength(0);
    }

    /** Where the encoded bytes go: the first {@code length} bytes of {@code bytes}, valid until the call returns. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] bytes, int length) throws SQLException;
    }
}
