package io.flumeconnect.aggregator;

import io.flumeconnect.transforms.aggregate.EventValues;
import io.flumeconnect.transforms.support.Requirements;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step: converts an input record, runs the transforms, reads its event time, group and values as
 * WindowAggregate does, and forwards an {@link Event} keyed by its group at its event time; or, when any of
 * that fails, the record itself as a dead letter with the reason. It never stops the application.
 */
final class ParseProcessor implements Processor<byte[], byte[], byte[], Routed> {
    private static final Logger log = LoggerFactory.getLogger(ParseProcessor.class);

    private final AggregatorConfig config;
    private final AggregatorMetrics metrics;
    private ProcessorContext<byte[], Routed> context;
    private InputConverters converters;
    private TransformChain transforms;
    private EventValues events;
    private DistinctColumns distinct;

    ParseProcessor(AggregatorConfig config, AggregatorMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], Routed> context) {
        this.context = context;
        converters = new InputConverters(config);
        transforms = TransformChain.of(config);
        events = new EventValues(config.window, new Requirements("aggregator"));
        distinct = new DistinctColumns(config);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        try {
            SinkRecord parsed = transforms.apply(converters.toConnect(source.topic(), source.partition(), source.offset(), record));
            if (parsed == null) {
                return;
            }
            long eventTime = events.eventTime(parsed);
            long ahead = eventTime - context.currentSystemTimeMs();
            if (ahead > config.maxFutureMs) {
                throw new IllegalArgumentException("event time " + eventTime + " is " + ahead + " ms ahead of the wall "
                        + "clock, more than " + AggregatorConfig.MAX_FUTURE_MS_CONFIG + "=" + config.maxFutureMs);
            }
            List<String> group = events.group(parsed);
            context.forward(new Record<>(GroupKey.toBytes(group), Routed.event(new Event(events.numbers(parsed), distinct.values(parsed))),
                    eventTime));
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter(record, source, e);
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, RecordMetadata source, Throwable error) {
        metrics.bad.increment();
        String reason = reason(error);
        log.debug("Record {}-{}@{} to the dead-letter topic: {}", source.topic(), source.partition(), source.offset(), reason);
        Record<byte[], Routed> letter = new Record<>(record.key(), Routed.deadLetter(record.value()), record.timestamp(),
                record.headers());
        DeadLetterHeaders.add(letter.headers(), reason, source.topic(), source.partition(), source.offset());
        context.forward(letter);
    }

    /** The error's message and its causes' (a converter's own message often says only that it failed). */
    static String reason(Throwable error) {
        StringBuilder reason = new StringBuilder(error.getMessage() == null ? error.toString() : error.getMessage());
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && reason.indexOf(cause.getMessage()) < 0) {
                reason.append(": ").append(cause.getMessage());
            }
        }
        return reason.toString();
    }

    @Override
    public void close() {
        if (transforms != null) {
            transforms.close();
        }
    }
}
