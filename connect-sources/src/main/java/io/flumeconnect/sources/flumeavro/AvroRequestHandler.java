package io.flumeconnect.sources.flumeavro;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyDataPack;

/**
 * Answers one connection's Avro requests in order. It runs on a request thread, not the I/O loop, because an
 * answer waits for Kafka's acknowledgement.
 */
final class AvroRequestHandler extends SimpleChannelInboundHandler<NettyDataPack> {
    private final FlumeEventResponder responder;
    private final FlumeAvroMetrics metrics;
    private final ConnectionProtocol connection;

    AvroRequestHandler(FlumeEventResponder responder, FlumeAvroMetrics metrics, String client) {
        this.responder = responder;
        this.metrics = metrics;
        this.connection = new ConnectionProtocol(client);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, NettyDataPack request) throws Exception {
        List<ByteBuffer> response = responder.respond(request.getDatas(), connection);
        if (response != null) {
            ctx.writeAndFlush(new NettyDataPack(request.getSerial(), response));
        }
    }

    /** Counts an oversized request; the listener's last handler logs the cause and closes the connection. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            metrics.requestsTooLarge().increment();
        }
        ctx.fireExceptionCaught(cause);
    }
}
