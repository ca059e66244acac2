package io.flumeconnect.sources.http;

import io.flumeconnect.sources.http.server.HttpSourceProtocol;
import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.ListenerSourceTask;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/** Serves the connector's ports and hands the events of each request to Connect; answers once Kafka has them. */
public class HttpSourceTask extends ListenerSourceTask {
    @Override
    protected String defaultName() {
        return "http";
    }

    @Override
    protected ListenerStart configure(Map<String, String> props) {
        HttpSourceConfig config = new HttpSourceConfig(props);
        List<HttpSourceConfig.Problem> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.stream().map(problem -> problem.keys() + ": " + problem.message())
                    .collect(Collectors.joining("; ")));
        }
        return (counters, name) -> Listener.start(config.listener, new HttpSourceProtocol(config, counters),
                TlsConfig.sslContext(config), counters, name);
    }
}
