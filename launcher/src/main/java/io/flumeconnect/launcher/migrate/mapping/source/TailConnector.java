package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.model.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tail source connector's config, as the Flume file sources fill it. */
final class TailConnector {
    static final String CLASS = "io.flumeconnect.sources.tail.TailSourceConnector";

    private TailConnector() {
    }

    static Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", CLASS);
        config.put("tasks.max", "1");
        // Flume's headers are strings: the same bytes as the worker's default converter, without its copy.
        config.put("header.converter", "org.apache.kafka.connect.storage.StringConverter");
        return config;
    }

    /** {@code record.headers}: Flume's file sources set only the headers they were told to. */
    static String recordHeaders(boolean file, boolean byteOffset) {
        List<String> headers = new ArrayList<>();
        if (file) {
            headers.add("file");
        }
        if (byteOffset) {
            headers.add("byteoffset");
        }
        return String.join(",", headers);
    }

    /** Flume's {@code fileHeader} and {@code fileHeaderKey}: whether records carry the file's path as a header. */
    static boolean fileHeader(KeyLedger keys) {
        Settings settings = keys.settings();
        boolean on = Boolean.parseBoolean(settings.get("fileHeader", "false").trim());
        keys.mapped("fileHeader", "record.headers " + (on ? "includes" : "leaves out") + " file");
        String name = settings.get("fileHeaderKey", "file").trim();
        if (name.equals("file")) {
            keys.mapped("fileHeaderKey", "the header is named file");
        } else {
            keys.unsupported("fileHeaderKey", "the tail source names the header file, not " + name
                    + "; change what reads it (e.g. %{" + name + "} in a sink path) to %{file}");
        }
        return on;
    }

    /** Flume's batch size: the most records one poll returns. */
    static void batchSize(KeyLedger keys, Map<String, String> config) {
        keys.settings().get("batchSize").ifPresent(size -> {
            config.put("batch.max.records", size.trim());
            keys.mapped("batchSize", "batch.max.records");
        });
    }
}
