package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.ListenerSourceConnector;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;

/**
 * Receives syslog over UDP, TCP, TLS and RELP, and raw TCP lines (Flume's {@code syslogudp}, {@code syslogtcp},
 * {@code multiport_syslogtcp} and {@code netcat}). Every task listens on every configured port with
 * {@code SO_REUSEPORT}, so the kernel spreads connections over the tasks.
 */
public class SyslogSourceConnector extends ListenerSourceConnector {
    public static final String OVERVIEW = """
            Listens on one or more ports for syslog messages over UDP, TCP (lines or RFC 6587 octet counting, \
            detected per connection), TLS or RELP (rsyslog's `omrelp`, each message answered `200 OK` only once \
            Kafka acknowledged it), or for raw text lines as Flume's `netcat` source, optionally answering `OK` per \
            line once Kafka acknowledged it. Messages are parsed as RFC 5424 or RFC 3164 into a Struct (or kept as \
            a String) with Flume's headers `Facility`, `Severity`, `host` and `timestamp`; a message that does not \
            parse is delivered raw with `flume.syslog.status=Invalid` and the reason in `syslog.parse.error`. \
            Connections stop being read while the task's buffer is full. Every task listens on every port \
            (`SO_REUSEPORT`, Linux). See `docs/syslog-source.md`.""";

    @Override
    protected void check(Map<String, String> props) {
        new SyslogSourceConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return SyslogSourceTask.class;
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
        addTlsErrors(result, config);
        return result;
    }
}
