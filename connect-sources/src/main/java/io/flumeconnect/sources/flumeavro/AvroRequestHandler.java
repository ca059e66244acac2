package io.flumeconnect.sources.flumeavro;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyDataPack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one connection's Avro requests in order. It runs on a thread of its own executor group, not the I/O
 * loop, because an answer waits for Kafka's acknowledgement.
 */
final class AvroRequestHandler extends SimpleChannelInboundHandler<NettyDataPack> {
    private static final Logger log = LoggerFactory.getLogger(AvroRequestHandler.class);

    private final EventDelivery delivery;
    private final int maxBatchEvents;
    private final FlumeAvroMetrics metrics;
    private FlumeEventResponder responder;
    private ConnectionProtocol connection;

    AvroRequestHandler(EventDelivery delivery, int maxBatchEvents, FlumeAvroMetrics metrics) {
        this.delivery = delivery;
        this.maxBatchEvents = maxBatchEvents;
        this.metrics = metrics;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetSocketAddress client = (InetSocketAddress) ctx.channel().remoteAddress();
        responder = new FlumeEventResponder(delivery, client, maxBatchEvents, metrics);
        connection = new ConnectionProtocol(String.valueOf(client));
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, NettyDataPack request) throws Exception {
        metrics.bytesReceived().add(request.getDatas().stream().mapToLong(ByteBuffer::remaining).sum());
        List<ByteBuffer> response = responder.respond(request.getDatas(), connection);
        if (response != null) {
            ctx.writeAndFlush(new NettyDataPack(request.getSerial(), response));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            metrics.requestsTooLarge().increment();
        }
        log.warn("Closing the Flume Avro RPC connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
