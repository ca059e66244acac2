package io.flumeconnect.sources.tail;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Runs a {@link TailSourceTask} on this thread with an in-memory offset store, as a worker would: the offset
 * of every record polled counts as committed (set {@code commit} false to lose them, as in a crash).
 */
final class TaskRunner implements AutoCloseable {
    private final StubSourceTaskContext context;
    final Map<Map<String, Object>, Map<String, Object>> committed;
    private final Map<String, String> props;
    private final Clock clock;
    private TailSourceTask task;
    boolean commit = true;

    TaskRunner(Map<String, String> props) {
        this(props, Clock.systemUTC());
    }

    /** With the clock the task reads its time from (scans, idle flushes, releases, record timestamps). */
    TaskRunner(Map<String, String> props, Clock clock) {
        this.props = props;
        this.clock = clock;
        this.context = new StubSourceTaskContext(props);
        this.committed = context.committed;
        start();
    }

    void start() {
        task = new TailSourceTask(clock);
        task.initialize(context);
        task.start(props);
    }

    /** Times the task read a batch of stored offsets. */
    int offsetReads() {
        return context.offsetReads;
    }

    void restart() {
        task.stop();
        start();
    }

    /** Polls until at least {@code count} records came, or fails after 20 s. */
    List<SourceRecord> poll(int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (records.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("got " + records.size() + " records, expected " + count + ": " + values(records));
            }
            pollOnce(records);
        }
        return records;
    }

    /** Polls {@code times} times and returns everything that came. */
    List<SourceRecord> pollTimes(int times) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            pollOnce(records);
        }
        return records;
    }

    /** Polls for {@code duration} and returns everything that came. */
    List<SourceRecord> pollFor(Duration duration) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(records);
        }
        return records;
    }

    private void pollOnce(List<SourceRecord> into) throws InterruptedException {
        List<SourceRecord> batch = task.poll();
        if (batch != null) {
            into.addAll(batch);
            if (commit) {
                for (SourceRecord record : batch) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> partition = (Map<String, Object>) record.sourcePartition();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> offset = (Map<String, Object>) record.sourceOffset();
                    committed.put(partition, offset);
                }
            }
        }
    }

    static List<String> values(List<SourceRecord> records) {
        return records.stream().map(r -> r.value() instanceof byte[] b ? new String(b) : String.valueOf(r.value())).toList();
    }

    static String header(SourceRecord record, String name) {
        var header = record.headers().lastWithName(name);
        return header == null ? null : String.valueOf(header.value());
    }

    @Override
    public void close() {
        task.stop();
    }
}
