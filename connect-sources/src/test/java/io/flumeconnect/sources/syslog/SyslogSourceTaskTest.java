package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task on real sockets, with the test in Connect's place: it polls, and acknowledges by calling commitRecord. */
class SyslogSourceTaskTest {
    private final SyslogSourceTask task = new SyslogSourceTask();

    @AfterEach
    void stop() {
        task.stop();
    }

    private int start(String... kv) {
        Map<String, String> props = SyslogSourceConnectorTest.props(kv);
        props.put("ports", "0");
        props.put("bind.address", "127.0.0.1");
        task.initialize(new StubSourceTaskContext(props));
        task.start(props);
        return task.ports().get(0);
    }

    private List<SourceRecord> pollUntil(int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (records.size() < count && System.nanoTime() < deadline) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        return records;
    }

    @Test
    void aUdpDatagramIsAMessage() throws Exception {
        int port = start("protocol", "udp");
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] bytes = "<13>Dec  3 07:00:00 web01 app[1]: over udp\n".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
        }
        Struct value = (Struct) pollUntil(1).get(0).value();
        assertThat(value.getString("hostname")).isEqualTo("web01");
        assertThat(value.getString("message")).isEqualTo("over udp");
    }

    @Test
    void relpAnswersTheOpenAndEachMessageOnlyAfterKafkaAcknowledgedIt() throws Exception {
        int port = start("protocol", "relp");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String offers = "relp_version=0\nrelp_software=test\ncommands=syslog";
            out.write(("1 open " + offers.length() + " " + offers + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("1 rsp ").endsWith(" 200 OK");
            assertThat(in.readLine()).isEqualTo("relp_version=0");
            in.readLine();
            assertThat(in.readLine()).isEqualTo("commands=syslog");

            String message = "<13>1 - host app - - - reliable";
            out.write(("2 syslog " + message.length() + " " + message + "\n").getBytes(StandardCharsets.UTF_8));
            List<SourceRecord> records = pollUntil(1);
            assertThat(((Struct) records.get(0).value()).getString("message")).isEqualTo("reliable");
            assertThat(socket.getInputStream().available()).as("no answer before Kafka acknowledged").isZero();

            task.commitRecord(records.get(0), null);
            assertThat(in.readLine()).isEqualTo("2 rsp 6 200 OK");

            out.write("3 close 0\n".getBytes(StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("3 rsp 0");
            assertThat(in.readLine()).as("session closed").isNull();
        }
    }

    @Test
    void rawLinesAreAnsweredOkOnceAcknowledged() throws Exception {
        int port = start("format", "raw", "value.type", "string", "line.ack", "true");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("first line\nsecond line\n".getBytes(StandardCharsets.UTF_8));
            List<SourceRecord> records = pollUntil(2);
            assertThat(records).extracting(SourceRecord::value).containsExactly("first line", "second line");
            records.forEach(record -> task.commitRecord(record, null));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("OK");
            assertThat(in.readLine()).isEqualTo("OK");
        }
    }

    @Test
    void octetCountedTcpMessagesArrive() throws Exception {
        int port = start();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String message = "<14>1 2026-12-03T08:00:00Z h a - - - counted\n";
            socket.getOutputStream().write((message.length() + " " + message).getBytes(StandardCharsets.UTF_8));
            assertThat(((Struct) pollUntil(1).get(0).value()).getString("message")).isEqualTo("counted");
        }
    }
}
