package io.flumeconnect.sources.listener;

import java.time.Duration;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The keys every listener source shares (address, ports, limits, buffer, acknowledgement timing), declared once
 * and added to each listener's own {@code *Config} with {@link #addTo(ConfigDef)}.
 */
public final class ListenerConfig {
    public static final String BIND_ADDRESS_CONFIG = "bind.address";
    public static final String PORTS_CONFIG = "ports";
    public static final String CONNECTIONS_MAX_CONFIG = "connections.max";
    public static final String IDLE_TIMEOUT_MS_CONFIG = "connection.idle.timeout.ms";
    public static final String RECEIVE_BUFFER_BYTES_CONFIG = "receive.buffer.bytes";
    public static final String BUFFER_MAX_RECORDS_CONFIG = "buffer.max.records";
    public static final String POLL_MAX_RECORDS_CONFIG = "poll.max.records";
    public static final String ACK_TIMEOUT_MS_CONFIG = "ack.timeout.ms";
    public static final String STOP_TIMEOUT_MS_CONFIG = "stop.timeout.ms";

    private static final String GROUP = "Listener";

    private ListenerConfig() {
    }

    /** Adds the listener keys to {@code def}, in the group "Listener". */
    public static ConfigDef addTo(ConfigDef def) {
        return def
                .define(BIND_ADDRESS_CONFIG, Type.STRING, "0.0.0.0", new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "Local address to listen on: `0.0.0.0` for every IPv4 interface, `::` for every interface, "
                                + "or one address.", GROUP, 1, Width.MEDIUM, "Bind address")
                .define(PORTS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, new PortsValidator(),
                        Importance.HIGH, "Ports to listen on, comma-separated (Flume's `port` or `ports`). Where the "
                                + "OS has `SO_REUSEPORT` (Linux), several tasks, on one worker or on several, "
                                + "listen on the same port and the kernel spreads connections and datagrams "
                                + "between them.", GROUP, 2, Width.MEDIUM, "Ports")
                .define(CONNECTIONS_MAX_CONFIG, Type.INT, 1000, Range.between(1, 1_000_000), Importance.MEDIUM,
                        "Most connections a task holds open. A connection beyond it is closed as soon as it is "
                                + "accepted and counted in `connections-refused`.", GROUP, 3, Width.SHORT,
                        "Max connections")
                .define(IDLE_TIMEOUT_MS_CONFIG, Type.LONG, 600_000L, Range.between(0L, 86_400_000L), Importance.LOW,
                        "A connection that sent nothing for this long is closed; 0 never closes one. A connection "
                                + "paused by back-pressure is not idle.", GROUP, 4, Width.SHORT,
                        "Idle timeout (ms)")
                .define(RECEIVE_BUFFER_BYTES_CONFIG, Type.INT, 1_048_576, Range.between(0, 256 * 1_048_576),
                        Importance.LOW, "Socket receive buffer (`SO_RCVBUF`) asked of the OS for each connection "
                                + "and datagram socket; 0 keeps the OS default. Linux caps it at "
                                + "`net.core.rmem_max`. A larger one absorbs UDP bursts.", GROUP, 5, Width.SHORT,
                        "Receive buffer (bytes)")
                .define(BUFFER_MAX_RECORDS_CONFIG, Type.INT, 10_000, Range.between(1, 10_000_000), Importance.MEDIUM,
                        "Records a task holds between its connections and Kafka. When it is full, connections stop "
                                + "being read (the senders' TCP windows close) until it is half empty; a read "
                                + "loop already under way (up to 16 socket reads) is finished, so the buffer may "
                                + "exceed this by one read loop per connection. A UDP datagram that finds it full "
                                + "is dropped and counted.",
                        GROUP, 6, Width.SHORT, "Buffer (records)")
                .define(POLL_MAX_RECORDS_CONFIG, Type.INT, 2000, Range.between(1, 1_000_000), Importance.LOW,
                        "Most records handed to Connect in one `poll()`.", GROUP, 7, Width.SHORT,
                        "Records per poll")
                .define(ACK_TIMEOUT_MS_CONFIG, Type.LONG, 30_000L, Range.between(1L, 3_600_000L), Importance.MEDIUM,
                        "For acknowledging protocols: a message (or request, or batch) whose records Kafka has not "
                                + "all acknowledged within this time is answered with the protocol's failure, so "
                                + "the sender keeps it and sends it again.", GROUP, 8, Width.SHORT,
                        "Acknowledgement timeout (ms)")
                .define(STOP_TIMEOUT_MS_CONFIG, Type.LONG, 10_000L, Range.between(0L, 600_000L), Importance.LOW,
                        "When a task stops it stops reading, then waits up to this long for Kafka to acknowledge "
                                + "the records it already handed over, answers what is acknowledged and fails "
                                + "the rest, then closes its connections.", GROUP, 9, Width.SHORT,
                        "Stop timeout (ms)");
    }

    /** The listener settings of a config whose definition went through {@link #addTo(ConfigDef)}. */
    public static ListenerSettings settings(AbstractConfig config) {
        return new ListenerSettings(
                config.getString(BIND_ADDRESS_CONFIG),
                config.getList(PORTS_CONFIG).stream().map(String::trim).map(Integer::valueOf).toList(),
                config.getInt(CONNECTIONS_MAX_CONFIG),
                Duration.ofMillis(config.getLong(IDLE_TIMEOUT_MS_CONFIG)),
                config.getInt(RECEIVE_BUFFER_BYTES_CONFIG),
                config.getInt(BUFFER_MAX_RECORDS_CONFIG),
                config.getInt(POLL_MAX_RECORDS_CONFIG),
                Duration.ofMillis(config.getLong(ACK_TIMEOUT_MS_CONFIG)),
                Duration.ofMillis(config.getLong(STOP_TIMEOUT_MS_CONFIG)));
    }
}
