package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.metrics.PluginCounters;
import io.netty.channel.embedded.EmbeddedChannel;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AckTrackerTest {
    private final PluginCounters counters = PluginCounters.forTransform("ack-tracker-test");
    private final ListenerMetrics metrics = ListenerMetrics.of(counters);
    private final RecordBuffer buffer = new RecordBuffer(100, metrics.readsPaused());
    private final EmbeddedChannel connection = new EmbeddedChannel();

    @AfterEach
    void close() {
        counters.close();
    }

    private Intake intake(Duration ackTimeout) {
        return new Intake(buffer, new AckTracker(ackTimeout, metrics), metrics);
    }

    @Test
    void aUnitIsAcknowledgedOnlyOnceKafkaAcknowledgedEachOfItsRecords() throws Exception {
        AckTracker acks = new AckTracker(Duration.ofMinutes(1), metrics);
        Intake intake = new Intake(buffer, acks, metrics);
        CompletableFuture<Void> done = intake.acceptUnit(connection,
                List.of(TestLineProtocol.record("a"), TestLineProtocol.record("b"), TestLineProtocol.record("c")));
        List<SourceRecord> polled = buffer.poll(10, 0);
        assertThat(polled).extracting(SourceRecord::value).containsExactly("a", "b", "c");

        acks.committed(polled.get(2));
        acks.committed(polled.get(0));
        assertThat(done).isNotDone();

        acks.committed(polled.get(1));
        assertThat(done).isCompleted();
        assertThat(metrics.unitsAcknowledged().get()).isEqualTo(1);
    }

    @Test
    void recordsWithoutAUnitAreIgnoredByCommit() throws InterruptedException {
        AckTracker acks = new AckTracker(Duration.ofMinutes(1), metrics);
        new Intake(buffer, acks, metrics).accept(connection, TestLineProtocol.record("plain"));
        acks.committed(buffer.poll(1, 0).get(0));
        assertThat(metrics.unitsAcknowledged().get()).isZero();
        assertThat(metrics.records().get()).isEqualTo(1);
    }

    @Test
    void aUnitNotAcknowledgedInTimeFails() throws InterruptedException {
        CompletableFuture<Void> done = intake(Duration.ofMillis(50))
                .acceptUnit(connection, List.of(TestLineProtocol.record("never acknowledged")));
        assertThatThrownBy(() -> done.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        // counted by the unit's completion callback, which may run just after the waiter wakes
        ConnectTestCluster.awaitCondition(() -> metrics.unitsFailed().get() == 1, Duration.ofSeconds(10),
                () -> "units failed: " + metrics.unitsFailed().get());
    }

    @Test
    void pendingUnitsFailWhenTheTaskGivesUpOnThem() throws InterruptedException {
        AckTracker acks = new AckTracker(Duration.ofMinutes(1), metrics);
        CompletableFuture<Void> done = new Intake(buffer, acks, metrics)
                .acceptUnit(connection, List.of(TestLineProtocol.record("pending")));

        assertThat(acks.awaitPending(Duration.ofMillis(20))).isFalse();
        acks.failPending("stopping");

        assertThat(done).isCompletedExceptionally();
        assertThatThrownBy(done::join).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
        assertThat(acks.awaitPending(Duration.ZERO)).isTrue();
    }

    @Test
    void anEmptyUnitIsAcknowledgedAtOnce() {
        assertThat(intake(Duration.ofMinutes(1)).acceptUnit(connection, List.of())).isCompleted();
    }
}
