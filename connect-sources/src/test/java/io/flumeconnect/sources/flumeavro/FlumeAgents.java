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
        return sequenceToAvroSink(VERSION, dir, port, count, capacity, sinkSettings);
    }

    /** The same agent on another Flume release, e.g. 1.9.0. */
    static FlumeAgent sequenceToAvroSink(String version, Path dir, int port, int count, int capacity,
            String... sinkSettings) throws Exception {
        StringBuilder config = new StringBuilder(FlumeAgent.fileChannelToAvroSink(dir, capacity, port)).append("""
                a.sources.s.type = seq
                a.sources.s.totalEvents = %d
                a.sources.s.batchSize = 100
                a.sources.s.interceptors = ts host tier
                a.sources.s.interceptors.ts.type = timestamp
                a.sources.s.interceptors.host.type = host
                a.sources.s.interceptors.host.useIP = false
                a.sources.s.interceptors.tier.type = static
                a.sources.s.interceptors.tier.key = tier
                a.sources.s.interceptors.tier.value = edge
                """.formatted(count));
        for (int i = 0; i < sinkSettings.length; i += 2) {
            config.append("a.sinks.k.").append(sinkSettings[i]).append(" = ").append(sinkSettings[i + 1]).append('\n');
        }
        return FlumeAgent.start(version, dir, "a", config.toString());
    }
}
