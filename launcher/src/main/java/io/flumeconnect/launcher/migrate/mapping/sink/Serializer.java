package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.mapping.KeyStatus;
import java.util.Map;

/**
 * The event serializer of Flume's hdfs and file_roll sinks ({@code serializer} or {@code sink.serializer} and
 * its {@code .appendNewline}) as the file sinks' {@code format}: TEXT writes the body and a newline as
 * {@code format=text} does; HEADER_AND_TEXT becomes JSON lines with the headers; avro_event is not offered.
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
        } else {
            supported = false;
            keys.unsupported(key, "the " + serializer + " serializer is not offered yet (Avro container files of "
                    + "Flume events): format=text is set, so files hold the bodies as lines");
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
}
