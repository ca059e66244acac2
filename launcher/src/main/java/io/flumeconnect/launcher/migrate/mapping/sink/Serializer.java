package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import java.util.Locale;
import java.util.Map;

/**
 * The event serializer of Flume's hdfs and file_roll sinks ({@code serializer} or {@code sink.serializer} and
 * its {@code .appendNewline}) as the file sinks' {@code format}: TEXT writes the body and a newline as
 * {@code format=text} does; HEADER_AND_TEXT becomes JSON lines with the headers; avro_event becomes
 * {@code format=avro_event}, Flume's Avro container of headers and body, with its codec.
 */
final class Serializer {
    private Serializer() {
    }

    /** Fills format keys; false when the serializer has no equivalent (the text format is set instead). */
    static boolean apply(KeyLedger keys, String key, Map<String, String> config) {
        String serializer = keys.settings().get(key, "TEXT").trim();
        config.put("format", "text");
        boolean supported = true;
        if (serializer.equalsIgnoreCase("TEXT")
                || serializer.equalsIgnoreCase("org.apache.flume.serialization.BodyTextEventSerializer$Builder")) {
            keys.mapped(key, "format=text");
        } else if (serializer.equalsIgnoreCase("HEADER_AND_TEXT")
                || serializer.equalsIgnoreCase("org.apache.flume.serialization.HeaderAndBodyTextEventSerializer$Builder")) {
            config.put("format", "json");
            config.put("json.include", "headers");
            keys.changed(key, "format=json with json.include=headers: each line is {\"value\": body, \"headers\": "
                    + "{...}} instead of Flume's '{headers} body'");
        } else if (serializer.equalsIgnoreCase("avro_event")
                || serializer.equalsIgnoreCase("org.apache.flume.serialization.FlumeEventAvroEventSerializer$Builder")) {
            config.put("format", "avro_event");
            keys.mapped(key, "format=avro_event (Flume's Event schema: headers map and body bytes)");
            supported = avroCodec(keys, key + ".compressionCodec", config);
            keys.settings().get(key + ".syncIntervalBytes").ifPresent(interval ->
                    keys.changed(key + ".syncIntervalBytes", "blocks are synced every 2048000 bytes, Flume's default"));
        } else {
            supported = false;
            keys.unsupported(key, "the " + serializer + " serializer is not offered: format=text is set, so files hold "
                    + "the bodies as lines");
        }
        keys.settings().get(key + ".appendNewline").ifPresent(append -> {
            if (!Boolean.parseBoolean(append.trim())) {
                config.put("text.separator", "");
            }
            keys.mapped(key + ".appendNewline", "text.separator");
        });
        keys.under(key + ".").finish(KeyStatus.UNSUPPORTED,
                "a setting of a serializer that is not offered");
        return supported;
    }

    /** avro_event's Avro codec (null, deflate, snappy, zstandard) as the sink's compression. */
    private static boolean avroCodec(KeyLedger keys, String key, Map<String, String> config) {
        if (!keys.settings().has(key)) {
            return true;
        }
        String codec = keys.settings().get(key, "null").trim().toLowerCase(Locale.ROOT);
        String compression = switch (codec) {
            case "null" -> "none";
            case "deflate" -> "gzip";
            case "snappy" -> "snappy";
            case "zstandard" -> "zstd";
            default -> null;
        };
        if (compression == null) {
            keys.unsupported(key, "Avro's " + codec + " codec is not offered (null, deflate, snappy, zstandard are)");
            return false;
        }
        config.put("compression", compression);
        keys.mapped(key, "compression=" + compression + (codec.equals("deflate") ? " (Avro's deflate codec)" : ""));
        return true;
    }
}
