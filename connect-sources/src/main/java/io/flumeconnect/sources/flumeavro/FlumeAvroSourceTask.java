package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.ListenerConfig;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Serves Flume's Avro RPC on the configured port(s) and hands the events to Connect. */
public class FlumeAvroSourceTask extends SourceTask {
    private PluginCounters counters;
    private AvroRpcProtocol protocol;
    private Listener listener;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        FlumeAvroSourceConfig config = new FlumeAvroSourceConfig(props);
        String name = props.getOrDefault("name", "flume-avro");
        counters = PluginCounters.of(context,
                Map.of("connector", name, "task", props.getOrDefault(FlumeAvroSourceConnector.TASK_INDEX, "0")));
        protocol = new AvroRpcProtocol(config, FlumeAvroMetrics.of(counters), name);
        listener = Listener.start(ListenerConfig.settings(config), protocol, TlsConfig.sslContext(config), counters,
                name);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return listener.poll();
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        listener.commitRecord(record);
    }

    /** Answers what Kafka acknowledged in time, fails the rest, then closes; a second call does nothing. */
    @Override
    public void stop() {
        try {
            if (listener != null) {
                listener.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listener = null;
            if (protocol != null) {
                protocol.close();
                protocol = null;
            }
            if (counters != null) {
                counters.close();
                counters = null;
            }
        }
    }
}
