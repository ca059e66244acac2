package io.flumeconnect.sources.listener;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ListenerConfig} configures, typed.
 *
 * @param ports port 0 asks the OS for a free port (tests); {@link Listener#ports()} tells which
 */
public record ListenerSettings(String bindAddress, List<Integer> ports, int connectionsMax, Duration idleTimeout,
                               int receiveBufferBytes, int bufferMaxRecords, int pollMaxRecords, Duration ackTimeout,
                               Duration stopTimeout) {
    public ListenerSettings {
        ports = List.copyOf(ports);
    }
}
