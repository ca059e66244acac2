package io.flumeconnect.sources.http;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.ListenerSourceTask;
import io.flumeconnect.sources.listener.InvalidTlsConfigException;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Takes events POSTed over HTTP, as Flume's {@code http} source does, and answers 200 only once Kafka has every
 * event of the request.
 */
public class HttpSourceConnector extends SourceConnector {
    public static final String OVERVIEW = """
            Listens for HTTP/1.1 requests (optionally TLS with client certificates) and writes each event of a \
            `POST`ed body as a record: Flume's JSONHandler format, NDJSON, JSON arrays or objects, text lines or \
            the raw body, optionally gzip-compressed. A request is answered 200 only once Kafka acknowledged every \
            one of its events; 503 with the number written when that did not happen in `ack.timeout.ms`, and at \
            once with Retry-After when the task is full. Every task listens on the same ports (`SO_REUSEPORT`). \
            See `docs/http-source.md`.""";

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new HttpSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return HttpSourceTask.class;
    }

    /**
     * Every task serves the same ports (the kernel spreads connections between them); the index only names a
     * task's counters on workers without plugin metrics.
     */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return ListenerSourceTask.taskConfigs(props, maxTasks);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return HttpSourceConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        if (!ConfigValidation.isValid(result)) {
            return result;
        }
        HttpSourceConfig config;
        try {
            config = new HttpSourceConfig(connectorConfigs);
        } catch (ConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), HttpSourceConfig.VALUE_SCHEMA_FIELDS_CONFIG);
            return result;
        }
        config.problems().forEach(problem -> ConfigValidation.addError(result, problem.message(),
                problem.keys().toArray(String[]::new)));
        try {
            TlsConfig.sslContext(config);
        } catch (InvalidTlsConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), e.keys().toArray(String[]::new));
        }
        return result;
    }
}
