package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.TlsConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Listens for syslog messages and hands them to Connect; acknowledges RELP and acked lines after Kafka did. */
public class SyslogSourceTask extends SourceTask {
    private PluginCounters counters;
    private Listener listener;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        SyslogSourceConfig config = new SyslogSourceConfig(props);
        String name = props.getOrDefault("name", "syslog");
        counters = PluginCounters.of(context, Map.of("connector", name, "task", props.getOrDefault(SyslogSourceConnector.TASK_INDEX, "0")));
        SyslogRecords records = new SyslogRecords(config, SyslogMetrics.of(counters), Clock.systemUTC());
        listener = Listener.start(config.listener, new SyslogProtocol(config, records), TlsConfig.sslContext(config),
                counters, name);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return listener.poll();
    }

    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        listener.commitRecord(record);
    }

    @Override
    public void stop() {
        try {
            if (listener != null) {
                listener.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counters != null) {
                counters.close();
            }
        }
    }

    /** The ports bound, for tests that configure port 0. */
    List<Integer> ports() {
        return listener.ports();
    }
}
