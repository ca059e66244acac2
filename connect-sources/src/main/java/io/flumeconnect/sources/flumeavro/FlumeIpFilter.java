package io.flumeconnect.sources.flumeavro;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ipfilter.AbstractRemoteAddressFilter;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Flume's avro source IP filter: the first rule that matches the client decides; a client no rule matches is
 * accepted, as in Flume (end the list with {@code deny:ip:*} to refuse everyone else). A refused connection is
 * closed before anything is read from it.
 */
@ChannelHandler.Sharable
final class FlumeIpFilter extends AbstractRemoteAddressFilter<InetSocketAddress> {
    private final List<IpFilterRule> rules;
    private final FlumeAvroMetrics metrics;

    FlumeIpFilter(List<IpFilterRule> rules, FlumeAvroMetrics metrics) {
        this.rules = List.copyOf(rules);
        this.metrics = metrics;
    }

    @Override
    protected boolean accept(ChannelHandlerContext ctx, InetSocketAddress remoteAddress) {
        return accepts(remoteAddress);
    }

    boolean accepts(InetSocketAddress client) {
        for (IpFilterRule rule : rules) {
            if (rule.matches(client.getAddress())) {
                return rule.allow();
            }
        }
        return true;
    }

    @Override
    protected ChannelFuture channelRejected(ChannelHandlerContext ctx, InetSocketAddress remoteAddress) {
        metrics.connectionsFiltered().increment();
        return null;
    }
}
