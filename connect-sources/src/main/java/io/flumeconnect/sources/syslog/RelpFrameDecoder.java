package io.flumeconnect.sources.syslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads RELP frames ({@code TXNR SP COMMAND SP DATALEN [SP DATA] LF}). DATA beyond {@code maxBytes} is skipped
 * and the frame's data marked truncated; anything that is not RELP ends the connection (the sender resends what
 * was not answered).
 */
final class RelpFrameDecoder extends ByteToMessageDecoder {
    private static final int MAX_HEADER_BYTES = 9 + 1 + 32 + 1 + 9 + 1;

    private final int maxBytes;
    /** Bytes of oversized DATA still to skip, then the trailer. */
    private long toSkip;

    RelpFrameDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (toSkip > 0) {
            int skipped = (int) Math.min(toSkip, in.readableBytes());
            in.skipBytes(skipped);
            toSkip -= skipped;
            if (toSkip == 0) {
                expectTrailer(in);
            }
            return;
        }
        while (in.isReadable() && Character.isWhitespace(in.getByte(in.readerIndex()))) {
            in.skipBytes(1);
        }
        int start = in.readerIndex();
        int firstSpace = in.indexOf(start, Math.min(in.writerIndex(), start + MAX_HEADER_BYTES), (byte) ' ');
        int secondSpace = firstSpace < 0 ? -1
                : in.indexOf(firstSpace + 1, Math.min(in.writerIndex(), start + MAX_HEADER_BYTES), (byte) ' ');
        int lengthEnd = secondSpace < 0 ? -1 : endOfDigits(in, secondSpace + 1);
        if (lengthEnd < 0) {
            if (in.readableBytes() >= MAX_HEADER_BYTES) {
                throw new CorruptedFrameException("not a RELP frame header");
            }
            return;
        }
        long txnr = number(in, start, firstSpace, "TXNR");
        String command = in.toString(firstSpace + 1, secondSpace - firstSpace - 1, StandardCharsets.US_ASCII);
        long length = number(in, secondSpace + 1, lengthEnd, "DATALEN");
        int kept = (int) Math.min(length, maxBytes);
        int headerBytes = lengthEnd - start + (length > 0 ? 1 : 0);
        if (in.readableBytes() < headerBytes + kept + (length > kept ? 0 : 1)) {
            return;
        }
        in.skipBytes(headerBytes);
        byte[] data = new byte[kept];
        in.readBytes(data);
        if (length > kept) {
            toSkip = length - kept;
            out.add(new RelpFrame(txnr, command, new Frame(SyslogFrameDecoder.stripLineEnd(data), (int) length)));
            return;
        }
        expectTrailer(in);
        out.add(new RelpFrame(txnr, command, Frame.of(SyslogFrameDecoder.stripLineEnd(data))));
    }

    /** Index after the digits starting at {@code from} when a space or LF follows them; -1 while incomplete. */
    private static int endOfDigits(ByteBuf in, int from) {
        for (int i = from; i < in.writerIndex() && i < from + 10; i++) {
            byte b = in.getByte(i);
            if (b < '0' || b > '9') {
                if (i == from || (b != ' ' && b != '\n')) {
                    throw new CorruptedFrameException("RELP DATALEN is not a number");
                }
                return i;
            }
        }
        if (in.writerIndex() - from >= 10) {
            throw new CorruptedFrameException("RELP DATALEN is too long");
        }
        return -1;
    }

    private static long number(ByteBuf in, int from, int to, String what) {
        if (to - from < 1 || to - from > 9) {
            throw new CorruptedFrameException("RELP " + what + " must have 1 to 9 digits");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            byte b = in.getByte(i);
            if (b < '0' || b > '9') {
                throw new CorruptedFrameException("RELP " + what + " is not a number");
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    private static void expectTrailer(ByteBuf in) {
        if (in.isReadable()) {
            if (in.readByte() != '\n') {
                throw new CorruptedFrameException("RELP frame does not end with LF");
            }
        }
    }
}
