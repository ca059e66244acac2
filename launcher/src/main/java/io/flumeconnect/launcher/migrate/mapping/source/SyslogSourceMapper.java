package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code syslogtcp} and {@code syslogudp} sources: the syslog source on TCP or UDP, one port. */
final class SyslogSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("syslogtcp", "org.apache.flume.source.syslogtcpsource", "syslogudp",
                "org.apache.flume.source.syslogudpsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        boolean udp = source.component().typeKey().contains("udp");
        Map<String, String> config = SyslogConnector.config(udp ? "udp" : "tcp");
        ListenerConnector.address(keys, config, "host");
        ListenerConnector.ports(keys, config, "port");
        SyslogConnector.messageKeys(keys, config);
        if (!udp) {
            ListenerTls.map(keys, config);
        }
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's " + source.component().type() + " source");
        return Mapped.connector(config, KeyStatus.CHANGED,
                SyslogConnector.summary(udp ? "UDP" : "TCP, newline or octet-counting framing", !udp));
    }
}
