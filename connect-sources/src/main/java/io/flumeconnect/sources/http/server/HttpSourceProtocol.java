package io.flumeconnect.sources.http.server;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sources.http.HttpRequests;
import io.flumeconnect.sources.http.HttpSourceConfig;
import io.flumeconnect.sources.listener.Intake;
import io.flumeconnect.sources.listener.ListenerProtocol;
import io.flumeconnect.sources.listener.Transport;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/** HTTP/1.1 on the listener base: the codec, keep-alive, and an {@link HttpExchangeHandler} per connection. */
public final class HttpSourceProtocol implements ListenerProtocol {
    private final HttpRequests rules;
    private final HttpMetrics metrics;
    private final KafkaHealth health = new KafkaHealth();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int inFlightMax;
    private final int retryAfterSeconds;
    private final String idempotencyHeader;

    public HttpSourceProtocol(HttpSourceConfig config, PluginCounters counters) {
        this.rules = new HttpRequests(config, Clock.systemUTC());
        this.metrics = new HttpMetrics(counters);
        this.inFlightMax = config.requestsConcurrentMax;
        this.retryAfterSeconds = config.retryAfterSeconds;
        this.idempotencyHeader = config.idempotencyHeader;
    }

    @Override
    public Transport transport() {
        return Transport.STREAM;
    }

    @Override
    public void initChannel(Channel channel, Intake intake) {
        channel.pipeline().addLast("http", new HttpServerCodec())
                .addLast("keep-alive", new HttpServerKeepAliveHandler())
                .addLast("exchange", new HttpExchangeHandler(this, intake, channel));
    }

    HttpRequests rules() {
        return rules;
    }

    HttpMetrics metrics() {
        return metrics;
    }

    KafkaHealth health() {
        return health;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    String idempotencyHeader() {
        return idempotencyHeader;
    }

    /** Takes a place among the requests waiting for Kafka; false when {@code requests.concurrent.max} are. */
    boolean enter() {
        if (inFlight.incrementAndGet() > inFlightMax) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }
}
