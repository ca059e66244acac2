package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.testkit.FlumeAgent;
import java.nio.file.Path;
import org.apache.flume.api.RpcClient;

/** Real Flume agents for the Avro source's tests: a sequence source, Flume's interceptors, an avro sink. */
final class FlumeAgents {
    /** The Flume release of the SDK on the test class path (the build's {@code flume.version}). */
    static final String VERSION = RpcClient.class.getPackage().getImplementationVersion();

    private FlumeAgents() {
    }

    /**
     * An agent whose sequence source makes events {@code 0..count-1}, stamped by Flume's timestamp, host and static
     * ({@code tier=edge}) interceptors, through a file channel of {@code capacity} events to an avro sink on
     * {@code port} sending batches of 100.
     */
    static FlumeAgent sequenceToAvroSink(Path dir, int port, int count, int capacity, String... sinkSettings)
            throws Exception {
        StringBuilder config = new StringBuilder("""
                a.sources = s
                a.channels = c
                a.sinks = k
                a.sources.s.type = seq
                a.sources.s.totalEvents = %1$d
                a.sources.s.batchSize = 100
                a.sources.s.channels = c
                a.sources.s.interceptors = ts host tier
                a.sources.s.interceptors.ts.type = timestamp
                a.sources.s.interceptors.host.type = host
                a.sources.s.interceptors.host.useIP = false
                a.sources.s.interceptors.tier.type = static
                a.sources.s.interceptors.tier.key = tier
                a.sources.s.interceptors.tier.value = edge
                a.channels.c.type = file
                a.channels.c.checkpointDir = %2$s/checkpoint
                a.channels.c.dataDirs = %2$s/data
                a.channels.c.capacity = %3$d
                a.channels.c.transactionCapacity = 1000
                a.sinks.k.type = avro
                a.sinks.k.channel = c
                a.sinks.k.hostname = 127.0.0.1
                a.sinks.k.port = %4$d
                a.sinks.k.batch-size = 100
                """.formatted(count, dir, capacity, port));
        for (int i = 0; i < sinkSettings.length; i += 2) {
            config.append("a.sinks.k.").append(sinkSettings[i]).append(" = ").append(sinkSettings[i + 1]).append('\n');
        }
        return FlumeAgent.start(VERSION, dir, "a", config.toString());
    }
}
