package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import io.flumeconnect.launcher.migrate.mapping.Mapped;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.List;
import java.util.Map;

/** Flume's {@code http} source with its JSONHandler or BlobHandler: the HTTP source reading the same bodies. */
final class HttpSourceMapper implements SourceMapper {
    private static final String JSON_HANDLER = "org.apache.flume.source.http.jsonhandler";
    private static final String BLOB_HANDLER = "org.apache.flume.sink.solr.morphline.blobhandler";

    @Override
    public List<String> types() {
        return List.of("http", "org.apache.flume.source.http.httpsource");
    }

    @Override
    public Mapped map(SourceDef source, KeyLedger keys) {
        Map<String, String> config = ListenerConnector.config("io.flumeconnect.sources.http.HttpSourceConnector");
        ListenerConnector.address(keys, config, "bind");
        ListenerConnector.ports(keys, config, "port");
        boolean handled = handler(keys, config);
        config.put("value.type", "string");
        ListenerTls.map(keys, config);
        for (String jetty : List.of("QueuedThreadPool.", "HttpConfiguration.", "SslContextFactory.",
                "ServerConnector.")) {
            keys.under(jetty).finish(KeyStatus.CHANGED, "no Jetty: Netty serves the requests; connections.max and "
                    + "connection.idle.timeout.ms bound the connections");
        }
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of Flume's http source");
        String summary = "the HTTP source (HttpSourceConnector): POSTs to / are read as Flume's handler read them "
                + "and answered 200 once Kafka acknowledged every event (Flume: once the channel took them); Flume "
                + "took any path; run it on the worker clients (or their load balancer) reach";
        return handled ? Mapped.connector(config, KeyStatus.CHANGED, summary)
                : Mapped.connector(config, KeyStatus.UNSUPPORTED, summary + "; the custom handler is not carried over");
    }

    /** The handler becomes the format of path {@code /}; whether it is one that maps. */
    private static boolean handler(KeyLedger keys, Map<String, String> config) {
        String handler = keys.settings().get("handler", JSON_HANDLER).trim();
        KeyLedger handlerKeys = keys.under("handler.");
        if (handler.equalsIgnoreCase(BLOB_HANDLER)) {
            config.put("paths", "/=raw");
            keys.changed("handler", "paths=/=raw: the whole body is one event, whatever its Content-Type; its value "
                    + "is the body as text (value.type=string, as the migration's StringConverter writes it); for "
                    + "binary bodies set value.type=bytes with the ByteArrayConverter. BlobHandler copied every query "
                    + "parameter to a header: list those you need in headers.query");
            handlerKeys.settings().get("maxBlobLength").ifPresent(max -> {
                config.put("body.max.bytes", max.trim());
                handlerKeys.changed("maxBlobLength", "body.max.bytes: a larger body is refused with 413");
            });
            handlerKeys.finish(KeyStatus.UNSUPPORTED, "not a key of BlobHandler");
            return true;
        }
        if (handler.equalsIgnoreCase(JSON_HANDLER)) {
            config.put("paths", "/=flume");
            keys.mapped("handler", "paths=/=flume: Flume's JSON events ([{\"headers\": {...}, \"body\": \"...\"}]), "
                    + "whatever the Content-Type; the event's headers become record headers");
            handlerKeys.finish(KeyStatus.UNSUPPORTED, "JSONHandler takes no settings");
            return true;
        }
        keys.unsupported("handler", "a custom handler has no counterpart: the HTTP source reads Flume's JSON, JSON, "
                + "NDJSON, text lines or raw bodies (paths=/=FORMAT); the connector is written with Flume's JSON");
        config.put("paths", "/=flume");
        handlerKeys.finish(KeyStatus.UNSUPPORTED, "a setting of the custom handler");
        return false;
    }
}
