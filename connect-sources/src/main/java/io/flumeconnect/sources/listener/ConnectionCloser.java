package io.flumeconnect.sources.listener;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of every connection: closes it when it idled (unless back-pressure paused it), when its TLS
 * handshake failed, or when a handler threw.
 */
@Sharable
final class ConnectionCloser extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ConnectionCloser.class);

    private final ListenerMetrics metrics;

    ConnectionCloser(ListenerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && ctx.channel().config().isAutoRead()) {
            log.debug("Closing idle connection from {}", ctx.channel().remoteAddress());
            ctx.close();
        } else if (event instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess()) {
            metrics.tlsHandshakesFailed().increment();
            log.debug("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), handshake.cause().toString());
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.warn("Closing the connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
