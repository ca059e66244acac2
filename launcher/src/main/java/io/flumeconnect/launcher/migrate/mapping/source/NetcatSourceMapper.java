package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code netcat} source: the syslog source reading raw TCP lines, answering each with OK. */
final class NetcatSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("netcat", "org.apache.flume.source.netcatsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Map<String, String> config = ListenerConnector.config(SyslogConnector.CLASS);
        config.put("protocol", "tcp");
        config.put("format", "raw");
        config.put("value.type", "string");
        ListenerConnector.address(keys, config, "bind");
        ListenerConnector.ports(keys, config, "port");
        keys.settings().get("max-line-length").ifPresent(max -> {
            config.put("message.max.bytes", max.trim());
            keys.changed("max-line-length", "message.max.bytes: a longer line is cut and delivered flagged "
                    + "flume.syslog.status=Incomplete, not refused with FAILED");
        });
        boolean ack = Boolean.parseBoolean(keys.settings().get("ack-every-event", "true").trim());
        config.put("line.ack", String.valueOf(ack));
        keys.changed("ack-every-event", "line.ack=" + ack + (ack ? ": OK is answered once Kafka acknowledged "
                + "the line (Flume answered once the channel took it), FAILED when not within ack.timeout.ms"
                : ": no answers, as in Flume"));
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's netcat source");
        return Mapped.connector(config, KeyStatus.CHANGED, "the syslog source (SyslogSourceConnector) reading raw "
                + "TCP lines (format=raw), each line a record as the netcat source made it an event"
                + (ack ? ", answered OK once Kafka acknowledged it (line.ack, as ack-every-event)" : "")
                + "; run it on the worker of the host clients reach");
    }
}
