package io.flumeconnect.sources.flumeavro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Protocol;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.ipc.generic.GenericResponder;

/**
 * The server side of Flume's {@code AvroSourceProtocol} for one connection: Avro IPC does the handshake and
 * (de)serialisation, this turns {@code append} and {@code appendBatch} into one delivery each and answers with
 * its {@code Status}. A batch of more than {@code maxBatchEvents} events is answered {@code FAILED}.
 */
final class FlumeEventResponder extends GenericResponder {
    private static final Protocol PROTOCOL = load();

    private static final GenericData.EnumSymbol OK = status("OK");
    private static final GenericData.EnumSymbol FAILED = status("FAILED");

    private final EventDelivery delivery;
    private final int maxBatchEvents;
    private final FlumeAvroMetrics metrics;

    FlumeEventResponder(EventDelivery delivery, int maxBatchEvents, FlumeAvroMetrics metrics) {
        super(PROTOCOL);
        this.delivery = delivery;
        this.maxBatchEvents = maxBatchEvents;
        this.metrics = metrics;
    }

    @Override
    public Object respond(Protocol.Message message, Object request) {
        GenericRecord params = (GenericRecord) request;
        List<?> records = message.getName().equals("append") ? List.of(params.get("event"))
                : (List<?>) params.get("events");
        metrics.batchesReceived().increment();
        metrics.eventsReceived().add(records.size());
        EventDelivery.Outcome outcome;
        if (records.size() > maxBatchEvents) {
            metrics.batchesTooLarge().increment();
            outcome = EventDelivery.Outcome.FAILED;
        } else {
            outcome = delivery.deliver(events(records));
        }
        count(outcome, records.size());
        return outcome == EventDelivery.Outcome.OK ? OK : FAILED;
    }

    private void count(EventDelivery.Outcome outcome, int events) {
        if (outcome == EventDelivery.Outcome.OK) {
            metrics.batchesAccepted().increment();
            metrics.eventsAccepted().add(events);
        } else {
            metrics.batchesFailed().increment();
            metrics.eventsFailed().add(events);
        }
    }

    private static List<FlumeEvent> events(List<?> records) {
        List<FlumeEvent> events = new ArrayList<>(records.size());
        for (Object record : records) {
            events.add(event((GenericRecord) record));
        }
        return events;
    }

    private static FlumeEvent event(GenericRecord record) {
        Map<?, ?> avroHeaders = (Map<?, ?>) record.get("headers");
        Map<String, String> headers = new HashMap<>(avroHeaders.size() * 2);
        avroHeaders.forEach((name, value) -> headers.put(name.toString(), value.toString()));
        ByteBuffer body = (ByteBuffer) record.get("body");
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return new FlumeEvent(headers, bytes);
    }

    private static GenericData.EnumSymbol status(String symbol) {
        return new GenericData.EnumSymbol(PROTOCOL.getType("org.apache.flume.source.avro.Status"), symbol);
    }

    private static Protocol load() {
        try (InputStream in = FlumeEventResponder.class.getResourceAsStream("AvroSourceProtocol.avpr")) {
            return Protocol.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("AvroSourceProtocol.avpr is missing from the plugin", e);
        }
    }
}
