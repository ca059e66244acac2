package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.syslog.SyslogSourceConfig.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a TCP stream into {@link Frame}s: lines ended by LF, CRLF or NUL, or RFC 6587 octet counting
 * ({@code LENGTH SP MESSAGE}; a line end inside LENGTH, as rsyslog sends, is removed). With {@link Framing#AUTO}
 * the connection's first byte decides: a digit means octet counting. An octet-counted connection whose next frame
 * does not start with a length is read as a line, so no input stalls the decoder. A message longer than
 * {@code maxBytes} is cut there; the rest of it is skipped and its full length reported.
 */
final class SyslogFrameDecoder extends ByteToMessageDecoder {
    private static final int MAX_LENGTH_DIGITS = 9;
    private static final int INCOMPLETE = -2;
    private static final int NOT_A_LENGTH = -1;

    private final int maxBytes;
    private Framing framing;
    /** Bytes of an oversized octet-counted frame still to skip. */
    private long toSkip;
    /** The kept start of an oversized line, while its end is being looked for; null otherwise. */
    private byte[] oversizedLine;
    private long oversizedLineLength;
    /** How many bytes after the reader index are known to hold no line end: a long line is scanned once. */
    private int scanned;

    SyslogFrameDecoder(Framing framing, int maxBytes) {
        this.framing = framing;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (toSkip > 0) {
            int skipped = (int) Math.min(toSkip, in.readableBytes());
            in.skipBytes(skipped);
            toSkip -= skipped;
            return;
        }
        if (oversizedLine != null) {
            finishOversizedLine(in, out);
            return;
        }
        skipLineEnds(in);
        if (!in.isReadable()) {
            return;
        }
        if (framing == Framing.AUTO) {
            framing = isDigit(in.getByte(in.readerIndex())) ? Framing.OCTET_COUNTING : Framing.LINES;
        }
        if (framing == Framing.OCTET_COUNTING && isDigit(in.getByte(in.readerIndex()))) {
            int length = octetCount(in);
            if (length == INCOMPLETE) {
                return;
            }
            if (length >= 0) {
                decodeCounted(in, length, out);
                return;
            }
        }
        decodeLine(in, out);
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (oversizedLine != null) {
            out.add(new Frame(oversizedLine, (int) Math.min(oversizedLineLength, Integer.MAX_VALUE)));
            oversizedLine = null;
        } else if (in.isReadable() && toSkip == 0) {
            // a last line without its line end, or an octet-counted frame cut short: deliver what came
            out.add(Frame.of(stripLineEnd(readBytes(in, Math.min(in.readableBytes(), maxBytes)))));
            in.skipBytes(in.readableBytes());
        }
    }

    /** The LENGTH of {@code LENGTH SP} at the reader index, {@link #INCOMPLETE} or {@link #NOT_A_LENGTH}. */
    private static int octetCount(ByteBuf in) {
        int start = in.readerIndex();
        int end = in.writerIndex();
        int length = 0;
        for (int i = start; i < end; i++) {
            byte b = in.getByte(i);
            if (b == ' ' && i > start) {
                return length;
            }
            if (!isDigit(b) || i - start >= MAX_LENGTH_DIGITS) {
                return NOT_A_LENGTH;
            }
            length = length * 10 + (b - '0');
        }
        return INCOMPLETE;
    }

    private void decodeCounted(ByteBuf in, int length, List<Object> out) {
        int headerLength = in.bytesBefore((byte) ' ') + 1;
        int kept = Math.min(length, maxBytes);
        if (in.readableBytes() < headerLength + kept) {
            return;
        }
        in.skipBytes(headerLength);
        byte[] bytes = stripLineEnd(readBytes(in, kept));
        toSkip = length - kept;
        if (length > kept) {
            out.add(new Frame(bytes, length));
        } else if (bytes.length > 0) {
            out.add(Frame.of(bytes));
        }
    }

    private void decodeLine(ByteBuf in, List<Object> out) {
        int end = lineEnd(in, in.readerIndex() + Math.min(scanned, in.readableBytes()));
        if (end < 0) {
            scanned = in.readableBytes();
            if (in.readableBytes() > maxBytes) {
                oversizedLine = readBytes(in, maxBytes);
                oversizedLineLength = maxBytes;
                scanned = 0;
            }
            return;
        }
        scanned = 0;
        int length = end - in.readerIndex();
        if (length > maxBytes) {
            byte[] kept = readBytes(in, maxBytes);
            in.skipBytes(length - maxBytes + 1);
            out.add(new Frame(stripLineEnd(kept), length));
            return;
        }
        byte[] bytes = stripLineEnd(readBytes(in, length));
        in.skipBytes(1);
        if (bytes.length > 0) {
            out.add(Frame.of(bytes));
        }
    }

    private void finishOversizedLine(ByteBuf in, List<Object> out) {
        int end = lineEnd(in, in.readerIndex());
        int skipped = (end < 0 ? in.writerIndex() : end) - in.readerIndex();
        oversizedLineLength += skipped;
        in.skipBytes(skipped);
        if (end >= 0) {
            in.skipBytes(1);
            out.add(new Frame(oversizedLine, (int) Math.min(oversizedLineLength, Integer.MAX_VALUE)));
            oversizedLine = null;
        }
    }

    /** Index of the next LF or NUL at or after {@code from}, or -1 (Netty's unrolled search, NUL being rare). */
    private static int lineEnd(ByteBuf in, int from) {
        int lf = in.indexOf(from, in.writerIndex(), (byte) '\n');
        int nul = in.indexOf(from, lf < 0 ? in.writerIndex() : lf, (byte) 0);
        return nul >= 0 ? nul : lf;
    }

    private void skipLineEnds(ByteBuf in) {
        while (in.isReadable()) {
            byte b = in.getByte(in.readerIndex());
            if (b != '\n' && b != '\r' && b != 0) {
                return;
            }
            in.skipBytes(1);
            scanned = 0;
        }
    }

    /** Without a trailing CR, LF, CRLF or NUL. */
    static byte[] stripLineEnd(byte[] bytes) {
        int length = bytes.length;
        while (length > 0 && (bytes[length - 1] == '\n' || bytes[length - 1] == '\r' || bytes[length - 1] == 0)) {
            length--;
        }
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private static byte[] readBytes(ByteBuf in, int count) {
        byte[] bytes = new byte[count];
        in.readBytes(bytes);
        return bytes;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
