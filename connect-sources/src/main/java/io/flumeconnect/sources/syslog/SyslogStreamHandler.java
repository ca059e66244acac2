package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.OrderedReplies;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Takes a TCP connection's frames in. With {@code line.ack}, each is a unit answered {@code OK} once Kafka acknowledged
 * it, or {@code FAILED}, in the order of the lines (Flume netcat's {@code ack-every-event}).
 */
final class SyslogStreamHandler extends SimpleChannelInboundHandler<Frame> {
    private static final ByteBuf OK = Unpooled.unreleasableBuffer(
            Unpooled.copiedBuffer("OK\n", StandardCharsets.US_ASCII));
    private static final ByteBuf FAILED = Unpooled.unreleasableBuffer(
            Unpooled.copiedBuffer("FAILED\n", StandardCharsets.US_ASCII));

    private final SyslogRecords records;
    private final Intake intake;
    private final boolean acknowledge;
    private OrderedReplies replies;
    private String remoteAddress;

    SyslogStreamHandler(SyslogRecords records, Intake intake, boolean acknowledge) {
        this.records = records;
        this.intake = intake;
        this.acknowledge = acknowledge;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        replies = new OrderedReplies(ctx.channel());
        remoteAddress = SyslogRecords.remoteAddress(ctx.channel().remoteAddress());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        SourceRecord record = records.record(frame, remoteAddress);
        if (acknowledge) {
            replies.add(intake.acceptUnit(ctx.channel(), List.of(record)),
                    failure -> (failure == null ? OK : FAILED).duplicate());
        } else {
            intake.accept(ctx.channel(), record);
        }
    }
}
