package io.flumeconnect.sources.http;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.ListenerSourceConnector;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;

/**
 * Takes events POSTed over HTTP, as Flume's {@code http} source does, and answers 200 only once Kafka has every
 * event of the request.
 */
public class HttpSourceConnector extends ListenerSourceConnector {
    public static final String OVERVIEW = """
            Listens for HTTP/1.1 requests (optionally TLS with client certificates) and writes each event of a \
            `POST`ed body as a record: Flume's JSONHandler format, NDJSON, JSON arrays or objects, text lines or \
            the raw body, optionally gzip-compressed. A request is answered 200 only once Kafka acknowledged every \
            one of its events; 503 with the number written when that did not happen in `ack.timeout.ms`, and at \
            once with Retry-After when the task is full. Every task listens on the same ports (`SO_REUSEPORT`). \
            See `docs/http-source.md`.""";

    @Override
    protected void check(Map<String, String> props) {
        new HttpSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return HttpSourceTask.class;
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
        addTlsErrors(result, config);
        return result;
    }
}
