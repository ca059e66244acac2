package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.ListenerSourceTask;
import io.flumeconnect.sources.listener.InvalidTlsConfigException;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Receives syslog over UDP, TCP, TLS and RELP, and raw TCP lines (Flume's {@code syslogudp}, {@code syslogtcp},
 * {@code multiport_syslogtcp} and {@code netcat}). Every task listens on every configured port with
 * {@code SO_REUSEPORT}, so the kernel spreads connections over the tasks.
 */
public class SyslogSourceConnector extends SourceConnector {
    public static final String OVERVIEW = """
            Listens on one or more ports for syslog messages over UDP, TCP (lines or RFC 6587 octet counting, \
            detected per connection), TLS or RELP (rsyslog's `omrelp`, each message answered `200 OK` only once \
            Kafka acknowledged it), or for raw text lines as Flume's `netcat` source, optionally answering `OK` per \
            line once Kafka acknowledged it. Messages are parsed as RFC 5424 or RFC 3164 into a Struct (or kept as \
            a String) with Flume's headers `Facility`, `Severity`, `host` and `timestamp`; a message that does not \
            parse is delivered raw with `flume.syslog.status=Invalid` and the reason in `syslog.parse.error`. \
            Connections stop being read while the task's buffer is full. Every task listens on every port \
            (`SO_REUSEPORT`, Linux). See `docs/syslog-source.md`.""";

    /** Set in each task's config: the task's number, for its metrics' tags. */

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new SyslogSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SyslogSourceTask.class;
    }

    /** Every task gets the same ports: they share them through {@code SO_REUSEPORT}. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return ListenerSourceTask.taskConfigs(props, maxTasks);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return SyslogSourceConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        if (!ConfigValidation.isValid(result)) {
            return result;
        }
        SyslogSourceConfig config = new SyslogSourceConfig(connectorConfigs, false);
        config.crossKeyErrors().forEach(error -> ConfigValidation.addError(result, error.message(), error.keys()));
        try {
            TlsConfig.sslContext(config);
        } catch (InvalidTlsConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), e.keys().toArray(String[]::new));
        }
        return result;
    }
}
