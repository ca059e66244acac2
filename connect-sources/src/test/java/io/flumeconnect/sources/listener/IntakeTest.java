package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.metrics.PluginCounters;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntakeTest {
    private final PluginCounters counters = PluginCounters.forTransform("intake-test");
    private final ListenerMetrics metrics = ListenerMetrics.of(counters);

    @AfterEach
    void close() {
        counters.close();
    }

    @Test
    void datagramsThatFindTheBufferFullAreDroppedAndCounted() {
        Intake intake = new Intake(new RecordBuffer(2, metrics.readsPaused()),
                new AckTracker(Duration.ofMinutes(1), metrics), metrics);
        assertThat(intake.offer(TestLineProtocol.record("one"))).isTrue();
        assertThat(intake.offer(TestLineProtocol.record("two"))).isTrue();
        assertThat(intake.full()).isTrue();
        assertThat(intake.offer(TestLineProtocol.record("three"))).isFalse();
        assertThat(metrics.records().get()).isEqualTo(2);
        assertThat(metrics.datagramsDropped().get()).isEqualTo(1);
    }

    @Test
    void theRecordsOfOneReadAreBufferedAndCountedTogether() throws InterruptedException {
        RecordBuffer buffer = new RecordBuffer(10, metrics.readsPaused());
        Intake intake = new Intake(buffer, new AckTracker(Duration.ofMinutes(1), metrics), metrics);

        intake.acceptAll(new EmbeddedChannel(),
                List.of(TestLineProtocol.record("one"), TestLineProtocol.record("two")));

        assertThat(metrics.records().get()).isEqualTo(2);
        assertThat(buffer.poll(10, 0)).extracting(record -> record.value()).containsExactly("one", "two");
    }
}
