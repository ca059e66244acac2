package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.metrics.PluginCounters;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordBufferTest {
    private final PluginCounters counters = PluginCounters.forTransform("record-buffer-test");
    private final ListenerMetrics metrics = ListenerMetrics.of(counters);
    private final RecordBuffer buffer = new RecordBuffer(4, metrics.readsPaused());

    @AfterEach
    void close() {
        counters.close();
    }

    @Test
    void aFullBufferPausesTheConnectionAndResumesItWhenHalfEmpty() throws InterruptedException {
        EmbeddedChannel connection = new EmbeddedChannel();
        for (int i = 0; i < 3; i++) {
            buffer.put(TestLineProtocol.record("line " + i), connection);
        }
        assertThat(connection.config().isAutoRead()).isTrue();

        buffer.put(TestLineProtocol.record("line 3"), connection);
        buffer.put(TestLineProtocol.record("line 4"), connection);

        assertThat(connection.config().isAutoRead()).isFalse();
        assertThat(buffer.size()).as("what the connection already sent is kept").isEqualTo(5);
        assertThat(metrics.readsPaused().get()).isEqualTo(1);

        assertThat(buffer.poll(2, 0)).hasSize(2);
        assertThat(connection.config().isAutoRead()).as("3 of 4 left: still paused").isFalse();
        assertThat(buffer.poll(1, 0)).hasSize(1);
        assertThat(connection.config().isAutoRead()).as("half empty: reading again").isTrue();
    }

    @Test
    void aBatchIsTakenWholeAndPausesTheConnectionWhenItFillsTheBuffer() throws InterruptedException {
        EmbeddedChannel connection = new EmbeddedChannel();

        buffer.putAll(List.of(TestLineProtocol.record("a"), TestLineProtocol.record("b"),
                TestLineProtocol.record("c"), TestLineProtocol.record("d"), TestLineProtocol.record("e")), connection);

        assertThat(connection.config().isAutoRead()).isFalse();
        assertThat(metrics.readsPaused().get()).isEqualTo(1);
        assertThat(buffer.poll(10, 0)).extracting(record -> record.value()).containsExactly("a", "b", "c", "d", "e");
        assertThat(connection.config().isAutoRead()).isTrue();
    }

    @Test
    void aDatagramFindingTheBufferFullIsRefused() {
        for (int i = 0; i < 4; i++) {
            assertThat(buffer.offer(TestLineProtocol.record("datagram " + i))).isTrue();
        }
        assertThat(buffer.full()).isTrue();
        assertThat(buffer.offer(TestLineProtocol.record("one too many"))).isFalse();
        assertThat(buffer.size()).isEqualTo(4);
    }

    @Test
    void pollReturnsRecordsInArrivalOrderAndWaitsOnlyWhenEmpty() throws InterruptedException {
        EmbeddedChannel connection = new EmbeddedChannel();
        buffer.put(TestLineProtocol.record("a"), connection);
        buffer.put(TestLineProtocol.record("b"), connection);

        assertThat(buffer.poll(10, 60_000)).extracting(record -> record.value()).containsExactly("a", "b");
        assertThat(buffer.poll(10, 10)).isEmpty();
    }

    @Test
    void drainAllEmptiesTheBufferAtStop() {
        EmbeddedChannel connection = new EmbeddedChannel();
        buffer.put(TestLineProtocol.record("a"), connection);
        assertThat(buffer.drainAll()).hasSize(1);
        assertThat(buffer.size()).isZero();
    }
}
