package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code multiport_syslogtcp} source: the syslog source on TCP, listening on every port. */
final class MultiportSyslogSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("multiport_syslogtcp", "org.apache.flume.source.multiportsyslogtcpsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Map<String, String> config = SyslogConnector.config("tcp");
        ListenerConnector.address(keys, config, "host");
        ListenerConnector.ports(keys, config, "ports");
        SyslogConnector.messageKeys(keys, config);
        ListenerTls.map(keys, config);
        keys.unsupported("portHeader", "records do not say which port took them; run one connector per port where "
                + "the port matters");
        String charset = keys.settings().get("charset.default", "UTF-8").trim();
        keys.settings().get("charset.default").ifPresent(c -> {
            config.put("charset", charset);
            keys.mapped("charset.default", "charset");
        });
        keys.under("charset.port.").settings().entries().forEach((port, line) -> {
            if (line.value().trim().equalsIgnoreCase(charset)) {
                keys.under("charset.port.").mapped(port, "the connector's charset, " + charset);
            } else {
                keys.under("charset.port.").unsupported(port, "one charset per connector (" + charset + "); run a "
                        + "connector of its own on port " + port + " with charset=" + line.value().trim());
            }
        });
        keys.settings().get("batchSize").ifPresent(size -> {
            config.put("poll.max.records", size.trim());
            keys.mapped("batchSize", "poll.max.records");
        });
        keys.changed("readBufferSize", "Netty sizes its reads; receive.buffer.bytes is the socket's buffer");
        keys.changed("numProcessors", "Netty's event loops take the connections");
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's multiport_syslogtcp source");
        return Mapped.connector(config, KeyStatus.CHANGED, SyslogConnector.summary("TCP on every port", true));
    }
}
