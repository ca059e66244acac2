package io.flumeconnect.sources.syslog;

import static io.flumeconnect.sources.syslog.SyslogClients.config;
import static io.flumeconnect.sources.syslog.SyslogClients.fields;
import static io.flumeconnect.sources.syslog.SyslogClients.freePort;
import static io.flumeconnect.sources.syslog.SyslogClients.header;
import static io.flumeconnect.sources.syslog.SyslogClients.logger;
import static io.flumeconnect.sources.syslog.SyslogClients.numbered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The syslog source on a real worker, fed by util-linux logger and plain sockets; every message counted. */
class SyslogSourceIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @BeforeEach
    void needsLogger() {
        assumeThat(SyslogClients.loggerInstalled()).as("util-linux logger is needed (Debian package bsdutils)").isTrue();
    }

    /** Runs the connector {@code name} on a fresh topic of the same name, sends, and returns the topic's records. */
    private List<ConsumerRecord<byte[], byte[]>> deliver(String name, int count, Map<String, String> config,
                                                        ThrowingRunnable send) throws Exception {
        cluster.createTopic(name, 1);
        cluster.putConnector(name, config);
        try {
            cluster.awaitRunning(name, Integer.parseInt(config.get("tasks.max")));
            send.run();
            return cluster.awaitRecords(name, count, WAIT);
        } finally {
            cluster.deleteConnector(name);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void loggerOverUdpRfc3164() throws Exception {
        int port = freePort();
        List<String> messages = numbered("udp", 200);
        var records = deliver("udp3164", 200, config("udp3164", port, "protocol", "udp"),
                () -> logger(port, messages, "-d", "--rfc3164"));
        assertThat(fields(records, "message")).containsExactlyInAnyOrderElementsOf(messages);
        assertThat(fields(records, "format")).containsOnly("rfc3164");
        assertThat(fields(records, "app_name")).containsOnly("itest");
        assertThat(header(records.get(0), "Facility")).isEqualTo("1");
        assertThat(header(records.get(0), "Severity")).isEqualTo("5");
        assertThat(header(records.get(0), "timestamp")).isNotNull();
    }

    @Test
    void loggerOverTcpRfc5424() throws Exception {
        int port = freePort();
        List<String> messages = numbered("tcp5424", 500);
        var records = deliver("tcp5424", 500, config("tcp5424", port),
                () -> logger(port, messages, "-T", "--rfc5424", "--msgid", "M1", "--sd-id", "test@32473",
                        "--sd-param", "k=\"v\""));
        assertThat(fields(records, "message")).containsExactlyElementsOf(messages);
        assertThat(fields(records, "format")).containsOnly("rfc5424");
        assertThat(fields(records, "msg_id")).containsOnly("M1");
        assertThat(records.get(0).value()).asString(StandardCharsets.UTF_8).contains("\"id\":\"test@32473\"");
    }

    @Test
    void loggerOverTcpRfc3164() throws Exception {
        int port = freePort();
        List<String> messages = numbered("tcp3164", 300);
        var records = deliver("tcp3164", 300, config("tcp3164", port),
                () -> logger(port, messages, "-T", "--rfc3164"));
        assertThat(fields(records, "message")).containsExactlyElementsOf(messages);
        assertThat(fields(records, "format")).containsOnly("rfc3164");
    }

    @Test
    void loggerOverTcpWithOctetCounting() throws Exception {
        int port = freePort();
        List<String> messages = numbered("octets", 300);
        var records = deliver("octets", 300, config("octets", port),
                () -> logger(port, messages, "-T", "--octet-count", "--rfc5424"));
        assertThat(fields(records, "message")).containsExactlyElementsOf(messages);
    }

    @Test
    void rawLinesAreAnsweredOkOnlyOnceInKafka() throws Exception {
        int port = freePort();
        List<String> lines = numbered("netcat line", 100);
        cluster.createTopic("netcat", 1);
        cluster.putConnector("netcat", config("netcat", port, "format", "raw", "value.type", "string", "line.ack",
                "true", "value.converter", "org.apache.kafka.connect.storage.StringConverter"));
        try {
            cluster.awaitRunning("netcat", 1);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(60_000);
                socket.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
                BufferedReader answers = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII));
                for (int i = 0; i < lines.size(); i++) {
                    assertThat(answers.readLine()).isEqualTo("OK");
                }
            }
            assertThat(ConnectTestCluster.values(cluster.readAll("netcat"))).as("every OK line already in Kafka")
                    .containsExactlyElementsOf(lines);
        } finally {
            cluster.deleteConnector("netcat");
        }
    }

    @Test
    void twoTasksListenOnOnePortAndBothReceive() throws Exception {
        int port = freePort();
        int connections = 40;
        List<String> messages = numbered("shared", connections);
        cluster.createTopic("shared", 1);
        cluster.putConnector("shared", config("shared", port, "tasks.max", "2"));
        try {
            cluster.awaitRunning("shared", 2);
            for (String message : messages) {
                logger(port, List.of(message), "-T", "--rfc5424");
            }
            assertThat(fields(cluster.awaitRecords("shared", connections, WAIT), "message"))
                    .containsExactlyInAnyOrderElementsOf(messages);
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            for (int task = 0; task < 2; task++) {
                Object received = jmx.getAttribute(
                        new ObjectName("kafka.connect:type=plugins,connector=shared,task=" + task), "records-received-total");
                assertThat(((Number) received).doubleValue()).as("records received by task " + task).isPositive();
            }
        } finally {
            cluster.deleteConnector("shared");
        }
    }

    @Test
    void anUnparseableMessageArrivesRawWithTheReason() throws Exception {
        int port = freePort();
        var records = deliver("unparsed", 1, config("unparsed", port), () -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("no PRI at all\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(fields(records, "message")).containsExactly("no PRI at all");
        assertThat(header(records.get(0), "flume.syslog.status")).isEqualTo("Invalid");
        assertThat(header(records.get(0), "syslog.parse.error")).contains("PRI");
    }
}
