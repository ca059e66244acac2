package io.flumeconnect.sources.listener;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;

/** The smallest listener protocol: a record per line, answered {@code OK} or {@code FAIL} when acknowledged. */
final class TestLineProtocol implements ListenerProtocol {
    private final boolean acknowledged;

    TestLineProtocol(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }

    static SourceRecord record(String line) {
        return new SourceRecord(null, null, "lines", null, Schema.STRING_SCHEMA, line);
    }

    @Override
    public Transport transport() {
        return Transport.STREAM;
    }

    @Override
    public void initChannel(Channel channel, Intake intake) {
        OrderedReplies replies = new OrderedReplies(channel);
        channel.pipeline().addLast(new LineBasedFrameDecoder(65536), new SimpleChannelInboundHandler<ByteBuf>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
                SourceRecord record = record(line.toString(StandardCharsets.UTF_8));
                if (acknowledged) {
                    replies.add(intake.acceptUnit(ctx.channel(), List.of(record)), failure -> Unpooled.copiedBuffer(
                            failure == null ? "OK\n" : "FAIL\n", StandardCharsets.US_ASCII));
                } else {
                    intake.accept(ctx.channel(), record);
                }
            }
        });
    }
}
