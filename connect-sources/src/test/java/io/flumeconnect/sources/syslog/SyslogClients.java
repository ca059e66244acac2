package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the syslog integration tests share: free ports, the connector's config, util-linux logger, JSON values. */
final class SyslogClients {
    static final String CONNECTOR_CLASS = "io.flumeconnect.sources.syslog.SyslogSourceConnector";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyslogClients() {
    }

    /** A port free for both TCP and UDP now. */
    static int freePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(tcp.getLocalPort())) {
                return tcp.getLocalPort();
            } catch (IOException taken) {
                // the UDP port was taken: try another
            }
        }
        throw new IllegalStateException("no free port");
    }

    /** The connector on 127.0.0.1:{@code port}, values as schemaless JSON, plus {@code kv}. */
    static Map<String, String> config(String topic, int port, String... kv) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", CONNECTOR_CLASS,
                "tasks.max", "1",
                "topic", topic,
                "ports", Integer.toString(port),
                "bind.address", "127.0.0.1",
                "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "false"));
        for (int i = 0; i < kv.length; i += 2) {
            config.put(kv[i], kv[i + 1]);
        }
        return config;
    }

    static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).toList();
    }

    static boolean loggerInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/logger"));
    }

    /** Sends each of {@code messages} with util-linux logger, given its options (e.g. {@code -T --rfc5424}). */
    static void logger(int port, List<String> messages, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("logger", "-n", "127.0.0.1", "-P", Integer.toString(port),
                "-t", "itest"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write((String.join("\n", messages) + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("logger ended").isTrue();
        assertThat(process.exitValue()).as("logger " + command + ": " + output).isZero();
    }

    /** The JSON value's field {@code name} of each record. */
    static List<String> fields(List<ConsumerRecord<byte[], byte[]>> records, String name) {
        return records.stream().map(record -> json(record).path(name).asText(null)).toList();
    }

    static JsonNode json(ConsumerRecord<byte[], byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
