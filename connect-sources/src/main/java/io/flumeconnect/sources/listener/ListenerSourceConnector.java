package io.flumeconnect.sources.listener;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * The connector of a listener source: its config is checked at start (a stored config may predate a rule), and
 * every task gets the same config and ports, which the tasks share through {@code SO_REUSEPORT} (the kernel
 * spreads connections between them); a task's index only names its counters.
 */
public abstract class ListenerSourceConnector extends SourceConnector {
    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public final void start(Map<String, String> props) {
        check(props);
        this.props = Map.copyOf(props);
    }

    /** Parses the config and checks the rules across keys, failing on the first broken one. */
    protected abstract void check(Map<String, String> props);

    @Override
    public final List<Map<String, String>> taskConfigs(int maxTasks) {
        return ListenerSourceTask.taskConfigs(props, maxTasks);
    }

    @Override
    public void stop() {
    }

    /** Adds to a validation result why the TLS settings cannot be used, on the TLS keys involved. */
    protected static void addTlsErrors(Config result, AbstractConfig config) {
        try {
            TlsConfig.sslContext(config);
        } catch (InvalidTlsConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), e.keys().toArray(String[]::new));
        }
    }
}
