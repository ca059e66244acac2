package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.ipc.LocalTransceiver;
import org.apache.avro.ipc.specific.SpecificRequestor;
import org.apache.flume.source.avro.AvroFlumeEvent;
import org.apache.flume.source.avro.AvroSourceProtocol;
import org.apache.flume.source.avro.Status;
import org.junit.jupiter.api.Test;

/** The protocol handler, called through Flume's own generated client interface over an in-process transport. */
class FlumeEventResponderTest {
    private final List<List<FlumeEvent>> delivered = new ArrayList<>();
    private final FlumeAvroMetrics metrics = TestMetrics.create();

    @Test
    void appendBatchDeliversEveryEventWithItsHeadersAndAnswersOk() throws Exception {
        AvroSourceProtocol client = client(answering(EventDelivery.Outcome.OK), 10);

        Status status = client.appendBatch(List.of(event("one", Map.of("host", "h1", "timestamp", "17")),
                event("two", Map.of())));

        assertThat(status).isEqualTo(Status.OK);
        assertThat(delivered).hasSize(1);
        List<FlumeEvent> batch = delivered.get(0);
        assertThat(batch).extracting(e -> new String(e.body(), StandardCharsets.UTF_8)).containsExactly("one", "two");
        assertThat(batch.get(0).headers()).isEqualTo(Map.of("host", "h1", "timestamp", "17"));
        assertThat(metrics.batchesAccepted().get()).isEqualTo(1);
        assertThat(metrics.eventsAccepted().get()).isEqualTo(2);
    }

    @Test
    void appendDeliversOneEvent() throws Exception {
        AvroSourceProtocol client = client(answering(EventDelivery.Outcome.OK), 10);

        assertThat(client.append(event("single", Map.of("a", "b")))).isEqualTo(Status.OK);

        assertThat(delivered).singleElement().satisfies(batch -> assertThat(batch).singleElement()
                .satisfies(e -> assertThat(e.headers()).containsEntry("a", "b")));
    }

    @Test
    void aFailedDeliveryAnswersFailed() throws Exception {
        AvroSourceProtocol client = client(answering(EventDelivery.Outcome.FAILED), 10);

        assertThat(client.appendBatch(List.of(event("x", Map.of())))).isEqualTo(Status.FAILED);
        assertThat(client.append(event("y", Map.of()))).isEqualTo(Status.FAILED);

        assertThat(metrics.batchesFailed().get()).isEqualTo(2);
        assertThat(metrics.eventsFailed().get()).isEqualTo(2);
        assertThat(metrics.batchesAccepted().get()).isZero();
    }

    @Test
    void aBatchOverTheLimitAnswersFailedWithoutDelivering() throws Exception {
        AvroSourceProtocol client = client(answering(EventDelivery.Outcome.OK), 2);

        Status status = client.appendBatch(List.of(event("1", Map.of()), event("2", Map.of()), event("3", Map.of())));

        assertThat(status).isEqualTo(Status.FAILED);
        assertThat(delivered).isEmpty();
        assertThat(metrics.batchesTooLarge().get()).isEqualTo(1);
        assertThat(metrics.eventsReceived().get()).isEqualTo(3);
    }

    private EventDelivery answering(EventDelivery.Outcome outcome) {
        return events -> {
            delivered.add(events);
            return outcome;
        };
    }

    private AvroSourceProtocol client(EventDelivery delivery, int maxBatchEvents) throws Exception {
        FlumeEventResponder responder = new FlumeEventResponder(delivery, maxBatchEvents, metrics);
        return SpecificRequestor.getClient(AvroSourceProtocol.class, new LocalTransceiver(responder));
    }

    private static AvroFlumeEvent event(String body, Map<String, String> headers) {
        return AvroFlumeEvent.newBuilder()
                .setHeaders(new java.util.HashMap<>(headers))
                .setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)))
                .build();
    }
}
