package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.OrderedReplies;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of a RELP session (rsyslog's {@code omrelp}): {@code open} is answered with the offers,
 * {@code syslog} with {@code 200 OK} once Kafka acknowledged the message's record, and with {@code 500} followed by
 * the end of the session when it was not acknowledged in time: the client then reconnects and resends every
 * message it has no {@code 200 OK} for.
 */
final class RelpSessionHandler extends SimpleChannelInboundHandler<RelpFrame> {
    private static final Logger log = LoggerFactory.getLogger(RelpSessionHandler.class);
    private static final String OFFERS = "relp_version=0\nrelp_software=flume-connect\ncommands=syslog";

    private final SyslogRecords records;
    private final Intake intake;
    private OrderedReplies replies;
    private String remoteAddress;
    private boolean open;

    RelpSessionHandler(SyslogRecords records, Intake intake) {
        this.records = records;
        this.intake = intake;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        replies = new OrderedReplies(ctx.channel());
        remoteAddress = SyslogRecords.remoteAddress(ctx.channel().remoteAddress());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RelpFrame frame) {
        switch (frame.command()) {
            case "open" -> {
                open = true;
                replies.add(CompletableFuture.completedFuture(null),
                        failure -> response(frame.txnr(), "200 OK\n" + OFFERS));
            }
            case "syslog" -> {
                if (!open) {
                    refuse(ctx, frame, "500 session not opened");
                    return;
                }
                replies.add(intake.acceptUnit(ctx.channel(), List.of(records.record(frame.data(), remoteAddress))),
                        failure -> {
                            if (failure == null) {
                                return response(frame.txnr(), "200 OK");
                            }
                            ctx.channel().eventLoop().execute(ctx::close);
                            return response(frame.txnr(), "500 not acknowledged by Kafka: " + failure.getMessage());
                        });
            }
            case "close" -> replies.add(CompletableFuture.completedFuture(null), failure -> {
                ctx.channel().eventLoop().execute(ctx::close);
                return response(frame.txnr(), "");
            });
            default -> refuse(ctx, frame, "500 unknown command " + frame.command());
        }
    }

    private void refuse(ChannelHandlerContext ctx, RelpFrame frame, String answer) {
        log.warn("Closing the RELP session from {}: {}", ctx.channel().remoteAddress(), answer);
        ctx.writeAndFlush(response(frame.txnr(), answer)).addListener(ChannelFutureListener.CLOSE);
    }

    /** {@code TXNR rsp DATALEN [SP DATA] LF}. */
    private static Object response(long txnr, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        String header = txnr + " rsp " + bytes.length + (bytes.length > 0 ? " " : "");
        return Unpooled.wrappedBuffer(header.getBytes(StandardCharsets.US_ASCII), bytes, new byte[] {'\n'});
    }
}
