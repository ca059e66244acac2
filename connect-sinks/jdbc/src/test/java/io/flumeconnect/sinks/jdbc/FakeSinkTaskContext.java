package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.testkit.StubSinkTaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/** A task context that records what the task reports and asks for; no plugin metrics (standalone counters). */
final class FakeSinkTaskContext extends StubSinkTaskContext {
    final List<SinkRecord> reported = new ArrayList<>();
    final List<Throwable> reasons = new ArrayList<>();
    final List<Thread> reportingThreads = new ArrayList<>();
    long timeoutMs = -1;
    private final boolean withReporter;

    FakeSinkTaskContext(boolean withReporter) {
        this.withReporter = withReporter;
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return withReporter ? this::report : null;
    }

    private Future<Void> report(SinkRecord record, Throwable reason) {
        reported.add(record);
        reasons.add(reason);
        reportingThreads.add(Thread.currentThread());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void timeout(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }
}
