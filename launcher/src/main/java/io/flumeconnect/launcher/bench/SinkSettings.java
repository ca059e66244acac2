package io.flumeconnect.launcher.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a sink benchmark that are the user's to choose, from the command line, the same for the sink and
 * its Connect ceiling: {@code --tasks} (tasks.max), {@code --converter} (bytes, string, json: JsonConverter without
 * schemas, json-schemas: with them), {@code --max-poll-records} and {@code --fetch-min-bytes} (consumer overrides).
 */
record SinkSettings(int tasks, String converter, long maxPollRecords, long fetchMinBytes) {
    static final List<String> CONVERTERS = List.of("bytes", "string", "json", "json-schemas");

    /** The options, {@code converter} and {@code tasks} by default; 5000 records a poll, Kafka's default fetch.min.bytes. */
    static SinkSettings from(BenchContext context, String converter, int tasks, List<String> allowed) {
        SinkSettings settings = new SinkSettings((int) context.option("tasks", tasks), context.option("converter", converter),
                context.option("max-poll-records", 5000), context.option("fetch-min-bytes", 1));
        if (!allowed.contains(settings.converter)) {
            throw new IllegalArgumentException("--converter=" + settings.converter + " is not one of " + allowed);
        }
        return settings;
    }

    boolean schemas() {
        return converter.equals("json-schemas");
    }

    Map<String, String> config() {
        Map<String, String> config = new HashMap<>(Map.of(
                "tasks.max", Integer.toString(tasks),
                "consumer.override.max.poll.records", Long.toString(maxPollRecords),
                "consumer.override.fetch.min.bytes", Long.toString(fetchMinBytes)));
        switch (converter) {
            case "bytes" -> config.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
            case "string" -> config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
            default -> {
                config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
                config.put("value.converter.schemas.enable", Boolean.toString(schemas()));
            }
        }
        return config;
    }

    String describe() {
        return "tasks.max=%d, converter %s, max.poll.records=%d, fetch.min.bytes=%d".formatted(tasks, converter,
                maxPollRecords, fetchMinBytes);
    }
}
