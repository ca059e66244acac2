package io.flumeconnect.transforms.support;

import io.flumeconnect.common.Version;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.metrics.Monitorable;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * What every flume-connect transform does the same way: tombstones (null values) pass through untouched,
 * every record is counted in {@link TransformCounters}, errors name the transform and the record
 * ({@link #requirements()}), and {@code version()} is flume-connect's. A subclass parses its config in
 * {@link #configure(Map)}, then calls this class's (which registers the counters) and changes a non-tombstone
 * record in {@link #transform}.
 *
 * <p>Any failure on a record becomes that record's failure, never the task's: an unexpected exception, and a
 * {@link StackOverflowError} (a regex that recursed once per repetition on a long text), go to
 * {@link #failed}, which by default raises a {@link RecordFailure} naming the transform and the record for
 * the connector's {@code errors.tolerance} and dead letter queue; a transform with an {@code on.failure}
 * setting applies it instead. A {@link StackOverflowError} is caught only here, where the stack has unwound.
 *
 * <p>{@link Monitorable}: a Kafka 4.1+ worker calls {@link #withPluginMetrics} after {@link #configure}, and
 * the counters move to its plugin metrics, tagged with the connector, task and alias. On 3.9/4.0 the
 * interface comes from connect-common's copy and is never called (see docs/metrics.md).
 */
public abstract class CountedTransformation<R extends ConnectRecord<R>> implements Transformation<R>, Versioned, Monitorable {
    /** Bound once rather than on each record. */
    private final UnaryOperator<R> transformOperator = this::guarded;
    private final UnaryOperator<R> tombstoneOperator = this::tombstone;
    private Requirements requirements;
    private TransformCounters counters;

    /** The transform's name in metrics and error messages; the class name by default. */
    protected String name() {
        return getClass().getSimpleName();
    }

    /** The non-tombstone record transformed, or {@code null} to drop it. */
    protected abstract R transform(R record);

    @Override
    public void configure(Map<String, ?> props) {
        close();
        requirements = new Requirements(name());
        counters = new TransformCounters(name());
    }

    @Override
    public void withPluginMetrics(PluginMetrics metrics) {
        counters.useWorkerMetrics(metrics);
    }

    /**
     * What to return for {@code record}, on which {@link #transform} failed unexpectedly with {@code failure}:
     * by default a {@link RecordFailure} naming the transform and the record is thrown.
     */
    protected R failed(R record, Throwable failure) {
        throw requirements.fail(record, "failed on the record", failure);
    }

    private R guarded(R record) {
        try {
            return transform(record);
        } catch (RecordFailure deliberate) {
            throw deliberate;
        } catch (RuntimeException | StackOverflowError unexpected) {
            return failed(record, unexpected);
        }
    }

    /** A tombstone passes unchanged, unless a subclass has a reason to treat it (a router routes it). */
    protected R tombstone(R record) {
        return record;
    }

    @Override
    public final R apply(R record) {
        return counters.count(record, record.value() == null ? tombstoneOperator : transformOperator);
    }

    protected final Requirements requirements() {
        return requirements;
    }

    protected final TransformCounters counters() {
        return counters;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void close() {
        if (counters != null) {
            counters.close();
        }
    }
}
