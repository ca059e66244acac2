package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Flume's {@code avro} source: the Flume Avro source, which Flume agents' avro sinks and RPC clients send to. */
final class AvroSourceMapper implements SourceMapper {
    @Override
    public List<String> types() {
        return List.of("avro", "org.apache.flume.source.avrosource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Settings settings = keys.settings();
        Map<String, String> config = ListenerConnector.config(
                "io.flumeconnect.sources.flumeavro.FlumeAvroSourceConnector");
        config.put("value.type", "string");
        ListenerConnector.address(keys, config, "bind");
        ListenerConnector.ports(keys, config, "port");
        settings.get("threads").ifPresent(threads -> {
            config.put("request.threads", threads.trim());
            keys.changed("threads", "request.threads: the threads that answer requests; Netty's I/O threads are "
                    + "apart");
        });
        String compression = settings.get("compression-type", "none").trim().toLowerCase(Locale.ROOT);
        boolean tls = Boolean.parseBoolean(settings.get("ssl", "false").trim());
        settings.get("compression-type").ifPresent(c -> {
            config.put("compression.type", compression);
            keys.record("compression-type", compression.equals("deflate") && tls ? KeyStatus.CHANGED
                    : KeyStatus.MAPPED, "compression.type" + (compression.equals("deflate") && tls ? ": with TLS, "
                    + "as Flume 1.11 clients deflate; for Flume 1.9 or older clients set compression.inside.tls=true"
                    : ""));
        });
        ListenerTls.map(keys, config);
        ipFilter(keys, config);
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's avro source");
        return Mapped.connector(config, "the Flume Avro source (FlumeAvroSourceConnector): Flume agents' avro sinks "
                + "and RPC clients send to it unchanged and get OK once Kafka acknowledged the batch; the value is the "
                + "body as text (value.type=string, for the migration's StringConverter), the event headers are "
                + "record headers; run it on the worker the senders reach");
    }

    /** {@code ipFilterRules} applies only with {@code ipFilter = true}, as in Flume. */
    private static void ipFilter(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        boolean on = Boolean.parseBoolean(settings.get("ipFilter", "false").trim());
        keys.mapped("ipFilter", on ? "ip.filter.rules is set" : "ip.filter.rules is left empty: every client is "
                + "accepted");
        settings.get("ipFilterRules").ifPresent(rules -> {
            if (on) {
                String list = Arrays.stream(rules.trim().split("\\s*,\\s*")).collect(Collectors.joining(","));
                config.put("ip.filter.rules", list);
                keys.mapped("ipFilterRules", "ip.filter.rules (same syntax; the first matching rule decides)");
            } else {
                keys.changed("ipFilterRules", "not written: ipFilter is not true, so Flume did not apply them either");
            }
        });
    }
}
