package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.ListenerSourceTask;
import io.flumeconnect.sources.listener.TlsConfig;
import java.time.Clock;
import java.util.Map;

/** Listens for syslog messages and hands them to Connect; acknowledges RELP and acked lines after Kafka did. */
public class SyslogSourceTask extends ListenerSourceTask {
    @Override
    protected String defaultName() {
        return "syslog";
    }

    @Override
    protected ListenerStart configure(Map<String, String> props) {
        SyslogSourceConfig config = new SyslogSourceConfig(props);
        return (counters, name) -> Listener.start(config.listener,
                new SyslogProtocol(config, new SyslogRecords(config, SyslogMetrics.of(counters), Clock.systemUTC())),
                TlsConfig.sslContext(config), counters, name);
    }
}
