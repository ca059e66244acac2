package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.WorkerMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What any sink connector can reach on this worker: the test plugin's counting sink reading the same topic with
 * the same converters and consumer settings as the sink measured, counting the records and writing nothing. A
 * sink's distance from it is its own cost (formatting, writing, committing); the rest is the Connect runtime's
 * (fetching, converting, handing records to {@code put}).
 *
 * <p>It is timed the way the sink beside it is, so that the ratio compares like with like: by committed offsets
 * ({@link #measure(BenchContext, String, String, long, long, Map)}) next to a sink whose records count once committed
 * (the file sink, timed by its committed files), or by what its task has finished {@code put} for
 * ({@link #measure(BenchContext, WorkerMetrics, String, String, long, long, Map)}, {@link SinkPutTimer}) next to a
 * sink that writes inside {@code put} (the JDBC sinks, timed the same way).
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

    /** As above, for runs timed by {@link SinkPutTimer}. */
    static Phase faster(Phase before, Phase now) {
        return faster(before.throughput(), now.throughput()) == now.throughput() ? now : before;
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

    /**
     * Runs the counting sink over all {@code records} of {@code topic} with {@code settings}, as above, timed by
     * {@link SinkPutTimer} (no commits asked for: the sinks timed so do not ask for any either), as phase {@code phase}.
     */
    static Phase measure(BenchContext context, WorkerMetrics metrics, String phase, String name, String topic, long records,
                         long bytes, Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> config = new HashMap<>(settings);
        config.put("connector.class", CONNECTOR);
        config.put("topics", topic);
        config.putIfAbsent("tasks.max", "1");
        context.rest().putConnector(name, config);
        Phase measured = SinkPutTimer.time(context, metrics, name, phase, records, bytes, () -> true);
        context.rest().deleteConnector(name);
        return measured;
    }
}
