package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.OrderedReplies;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    /** Plain TCP records of the read under way, handed to the buffer when it completes. */
    private final List<SourceRecord> unacknowledged = new ArrayList<>();
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
            unacknowledged.add(record);
        }
    }

    /** The end of a read loop (up to 16 socket reads): its records go to the buffer together. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        handOver(ctx);
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        handOver(ctx);
        super.channelInactive(ctx);
    }

    private void handOver(ChannelHandlerContext ctx) {
        if (!unacknowledged.isEmpty()) {
            intake.acceptAll(ctx.channel(), unacknowledged);
            unacknowledged.clear();
        }
    }
}
