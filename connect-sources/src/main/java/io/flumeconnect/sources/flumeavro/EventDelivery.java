package io.flumeconnect.sources.flumeavro;

import java.util.List;

/** Takes the events of one {@code append} or {@code appendBatch} call of a connection and tells how it went. */
@FunctionalInterface
interface EventDelivery {

    /**
     * Blocks until Kafka acknowledged every event ({@link Outcome#OK}) or it is clear that it will not in time
     * ({@link Outcome#FAILED}: buffer full, timeout, task stopping); the client keeps and resends failed events.
     */
    Outcome deliver(List<FlumeEvent> events);

    /** The answer a Flume client gets; the protocol's {@code UNKNOWN} is never sent. */
    enum Outcome { OK, FAILED }
}
