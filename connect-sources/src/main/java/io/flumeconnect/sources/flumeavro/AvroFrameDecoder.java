package io.flumeconnect.sources.flumeavro;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyDataPack;

/**
 * Avro's Netty framing (serial, buffer count, then length-prefixed buffers), read with a limit: Avro's own
 * {@code NettyFrameDecoder} accepts a request of any size, this one refuses one larger than
 * {@code maxRequestBytes} with a {@link TooLongFrameException} before buffering it, and the connection closes.
 */
final class AvroFrameDecoder extends ByteToMessageDecoder {
    private static final int HEADER_BYTES = 8;

    private final int maxRequestBytes;
    private NettyDataPack pack;
    private int buffersLeft;
    private long requestBytes;
    private boolean refused;

    AvroFrameDecoder(int maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (refused) {
            // the connection is closing: what else arrives is not read (and not refused again)
            in.skipBytes(in.readableBytes());
            return;
        }
        if (pack == null && !readHeader(in)) {
            return;
        }
        while (buffersLeft > 0 && in.readableBytes() >= Integer.BYTES) {
            int length = in.getInt(in.readerIndex());
            if (length < 0 || requestBytes + length > maxRequestBytes) {
                throw refuse("Avro request larger than " + maxRequestBytes + " bytes");
            }
            if (in.readableBytes() < Integer.BYTES + length) {
                return;
            }
            in.skipBytes(Integer.BYTES);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            in.readBytes(buffer);
            buffer.flip();
            pack.getDatas().add(buffer);
            requestBytes += length;
            buffersLeft--;
        }
        if (buffersLeft == 0) {
            out.add(pack);
            pack = null;
        }
    }

    private boolean readHeader(ByteBuf in) {
        if (in.readableBytes() < HEADER_BYTES) {
            return false;
        }
        int serial = in.readInt();
        buffersLeft = in.readInt();
        // Each buffer costs at least its 4-byte length: a count beyond the limit cannot be honest.
        if (buffersLeft < 0 || (long) buffersLeft * Integer.BYTES > maxRequestBytes) {
            throw refuse("Avro request of " + buffersLeft + " buffers refused");
        }
        pack = new NettyDataPack(serial, new ArrayList<>(Math.min(buffersLeft, 64)));
        requestBytes = 0;
        return true;
    }

    private TooLongFrameException refuse(String reason) {
        refused = true;
        return new TooLongFrameException(reason);
    }
}
