package io.flumeconnect.sources.listener;

import io.flumeconnect.common.metrics.Counter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** Counts the bytes a channel receives (after TLS) into {@code bytes-received}. */
@Sharable
final class ByteCounter extends ChannelInboundHandlerAdapter {
    private final Counter bytes;

    ByteCounter(Counter bytes) {
        this.bytes = bytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            bytes.add(buf.readableBytes());
        } else if (msg instanceof ByteBufHolder holder) {
            bytes.add(holder.content().readableBytes());
        }
        ctx.fireChannelRead(msg);
    }
}
