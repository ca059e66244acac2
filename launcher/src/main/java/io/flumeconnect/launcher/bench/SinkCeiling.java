package io.flumeconnect.launcher.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What any sink connector can reach on this worker: the test plugin's counting sink reading the same topic with
 * the same converters and consumer settings as the sink measured, counting the records and writing nothing. A
 * sink's distance from it is its own cost (formatting, writing, committing); the rest is the Connect runtime's
 * (fetching, converting, handing records to {@code put}).
 */
final class SinkCeiling {
    private static final String CONNECTOR = "io.flumeconnect.smoke.CountingSinkConnector";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private SinkCeiling() {
    }

    /**
     * The faster of two counting-sink runs, {@code before} one taken earlier on a colder worker and one now: the
     * first run on a fresh worker also compiles its consumer and converter path, as the HDFS benchmark's first
     * raw write does.
     */
    static Throughput faster(Throughput before, Throughput now) {
        return now.recordsPerSecond() > before.recordsPerSecond() ? now : before;
    }

    /**
     * Runs the counting sink over all {@code records} of {@code topic} with {@code settings} (converters and
     * {@code consumer.override.*}, as the measured sink has them). It asks for a commit every twentieth of the
     * records, and is timed from its first commit past a tenth, as the other sides warm up on a tenth.
     */
    static Throughput measure(BenchContext context, String name, String topic, long records, long bytes,
                              Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> config = new HashMap<>(settings);
        config.put("connector.class", CONNECTOR);
        config.put("topics", topic);
        config.putIfAbsent("tasks.max", "1");
        config.put("commit.every.records", Long.toString(Math.max(1, records / 20)));
        context.rest().putConnector(name, config);
        String group = "connect-" + name;
        context.awaitGroupCommitted(group, topic, Math.max(1, records / 10), TIMEOUT);
        long start = System.nanoTime();
        long first = context.groupCommitted(group, topic);
        context.awaitGroupCommitted(group, topic, records, TIMEOUT);
        context.rest().deleteConnector(name);
        long counted = records - first;
        return Throughput.since(start, counted, bytes * counted / records);
    }
}
