package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.ListenerProtocol;
import io.flumeconnect.sources.listener.Transport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.ZlibCodecFactory;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import java.util.concurrent.TimeUnit;
import org.apache.avro.ipc.netty.NettyTransportCodec.NettyFrameEncoder;

/**
 * Flume's Avro RPC on the listener base's server, which provides TLS, the connection limit and the buffer. Per
 * connection: Flume's IP filter first, deflate when configured (zlib, level 6, as Flume sets it up), Avro's
 * framing, and the request handler on a thread of its own group, since an answer waits for Kafka.
 */
final class AvroRpcProtocol implements ListenerProtocol, AutoCloseable {
    /** Flume's client and source deflate at this level. */
    private static final int DEFLATE_LEVEL = 6;

    private final FlumeAvroSourceConfig config;
    private final FlumeAvroMetrics metrics;
    private final EventRecords records;
    private final FlumeIpFilter ipFilter;
    private final EventExecutorGroup requestThreads;

    AvroRpcProtocol(FlumeAvroSourceConfig config, FlumeAvroMetrics metrics, String name) {
        this.config = config;
        this.metrics = metrics;
        this.records = new EventRecords(config, metrics.topicsRefused());
        this.ipFilter = config.ipFilterRules.isEmpty() ? null : new FlumeIpFilter(config.ipFilterRules, metrics);
        this.requestThreads = new DefaultEventExecutorGroup(config.requestThreads,
                new DefaultThreadFactory(name + "-avro-request", true));
    }

    @Override
    public Transport transport() {
        return Transport.STREAM;
    }

    @Override
    public void initChannel(Channel channel, Intake intake) {
        ChannelPipeline pipeline = channel.pipeline();
        if (config.compression == FlumeAvroSourceConfig.Compression.DEFLATE) {
            addDeflate(pipeline);
        }
        if (ipFilter != null) {
            // First, as in Flume: a refused client gets no TLS handshake. A name rule resolves the client's
            // address, so it runs on a request thread, not the I/O loop.
            pipeline.addFirst(requestThreads, "ip-filter", ipFilter);
        }
        pipeline.addLast("avro-frame-decoder", new AvroFrameDecoder(config.maxRequestBytes));
        pipeline.addLast("avro-frame-encoder", new NettyFrameEncoder());
        FlumeEventResponder responder = new FlumeEventResponder(
                new IntakeDelivery(intake, channel, records, metrics), config.maxBatchEvents, metrics);
        pipeline.addLast(requestThreads, "avro-request", new AvroRequestHandler(responder, metrics,
                String.valueOf(channel.remoteAddress())));
    }

    /**
     * Flume 1.11's client and source deflate the TLS stream (zlib outside TLS); Flume 1.9 and older encrypt the
     * deflated stream, which {@code compression.inside.tls} selects. Without TLS the two are the same.
     */
    private void addDeflate(ChannelPipeline pipeline) {
        boolean outsideTls = pipeline.get(SslHandler.class) != null && !config.compressionInsideTls;
        if (outsideTls) {
            pipeline.addFirst("deflater", ZlibCodecFactory.newZlibEncoder(ZlibWrapper.ZLIB, DEFLATE_LEVEL));
            pipeline.addFirst("inflater", ZlibCodecFactory.newZlibDecoder(ZlibWrapper.ZLIB));
        } else {
            pipeline.addLast("inflater", ZlibCodecFactory.newZlibDecoder(ZlibWrapper.ZLIB));
            pipeline.addLast("deflater", ZlibCodecFactory.newZlibEncoder(ZlibWrapper.ZLIB, DEFLATE_LEVEL));
        }
    }

    /** After the listener stopped: every waiting request has been answered by then. */
    @Override
    public void close() {
        requestThreads.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
