package io.flumeconnect.sources.listener;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * The task of a listener source: it starts the {@link Listener} its subclass configures, hands what the listener
 * buffered to Connect, tells it what Kafka acknowledged, and stops it. Each task's counters are tagged with the
 * connector and the task's index ({@link #TASK_INDEX}, set by {@link #taskConfigs}).
 */
public abstract class ListenerSourceTask extends SourceTask {
    /** The task's index among the connector's tasks, in each task's config. */
    public static final String TASK_INDEX = "task.index";

    private PluginCounters counters;
    private volatile Listener listener;
    private volatile boolean stopped;

    /** The connector's config for each of {@code maxTasks} tasks, with its index. */
    public static List<Map<String, String>> taskConfigs(Map<String, String> connectorProps, int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> config = new HashMap<>(connectorProps);
            config.put(TASK_INDEX, Integer.toString(i));
            configs.add(config);
        }
        return configs;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public final void start(Map<String, String> props) {
        String name = props.getOrDefault("name", defaultName());
        ListenerStart configured = configure(props);
        counters = PluginCounters.of(context, Map.of("connector", name, "task", props.getOrDefault(TASK_INDEX, "0")));
        try {
            listener = configured.start(counters, name);
        } catch (RuntimeException e) {
            counters.close();
            counters = null;
            throw e;
        }
    }

    /** The name used for a task config without the connector's name (tests). */
    protected abstract String defaultName();

    /** Parses and checks the config (a bad one fails here, before anything is registered) and says how to start. */
    protected abstract ListenerStart configure(Map<String, String> props);

    /** Starts the configured listener with the task's counters. */
    @FunctionalInterface
    protected interface ListenerStart {
        Listener start(PluginCounters counters, String name);
    }

    /** Closes what the subclass holds besides the listener; called once the listener stopped. */
    protected void closeProtocol() {
    }

    @Override
    public final List<SourceRecord> poll() throws InterruptedException {
        return listener.poll();
    }

    @Override
    public final void commitRecord(SourceRecord record, RecordMetadata metadata) {
        listener.commitRecord(record);
    }

    /**
     * Answers what Kafka acknowledged in time, fails the rest, then closes; a second call does nothing. The
     * listener stays referenced: the worker may still call {@link #poll} once from its own thread while this runs.
     */
    @Override
    public final void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (listener != null) {
                listener.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeProtocol();
            if (counters != null) {
                counters.close();
            }
        }
    }

    /** The ports bound, for tests that configure port 0. */
    public final List<Integer> ports() {
        return listener.ports();
    }
}
