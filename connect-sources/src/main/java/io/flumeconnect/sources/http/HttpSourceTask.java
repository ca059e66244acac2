package io.flumeconnect.sources.http;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sources.http.server.HttpSourceProtocol;
import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Serves the connector's ports and hands the events of each request to Connect; answers once Kafka has them. */
public class HttpSourceTask extends SourceTask {
    /** Set by the connector in each task's config. */
    static final String TASK_INDEX = "task.index";

    private PluginCounters counters;
    private Listener listener;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        HttpSourceConfig config = new HttpSourceConfig(props);
        List<HttpSourceConfig.Problem> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().map(problem -> problem.keys() + ": " + problem.message())
                    .collect(Collectors.joining("; ")));
        }
        String name = props.getOrDefault("name", "http");
        counters = PluginCounters.of(context, Map.of("connector", name, "task", props.getOrDefault(TASK_INDEX, "0")));
        try {
            listener = Listener.start(config.listener, new HttpSourceProtocol(config, counters),
                    TlsConfig.sslContext(config), counters, name);
        } catch (RuntimeException e) {
            counters.close();
            throw e;
        }
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
}
