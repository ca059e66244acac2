package io.flumeconnect.sources.flumeavro;

import java.net.InetSocketAddress;
import java.util.List;

/** Takes the events of one {@code append} or {@code appendBatch} call and answers once their fate is known. */
@FunctionalInterface
public interface EventDelivery {

    /**
     * Blocks until Kafka acknowledged every event ({@link Outcome#OK}) or it is clear that it will not in time
     * ({@link Outcome#FAILED}: buffer full, producer error, timeout); the client keeps and resends failed events.
     */
    Outcome deliver(List<FlumeEvent> events, InetSocketAddress client);

    /** The answer a Flume client gets; the protocol's {@code UNKNOWN} is never sent. */
    enum Outcome { OK, FAILED }
}
