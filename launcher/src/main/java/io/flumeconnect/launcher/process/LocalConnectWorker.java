package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A Kafka Connect worker in distributed mode, in its own process. */
public final class LocalConnectWorker implements AutoCloseable {
    private final JavaProcess process;
    private final ConnectRestClient rest;

    private LocalConnectWorker(JavaProcess process, ConnectRestClient rest) {
        this.process = process;
        this.rest = rest;
    }

    /**
     * Starts a worker of group {@code groupId} with {@code pluginPath} and {@code profile}'s JVM options and waits
     * until its REST API answers. {@code overrides} replace or add worker properties.
     */
    public static LocalConnectWorker start(KafkaRuntime runtime, Path dir, String bootstrapServers, String groupId,
                                           List<Path> pluginPath, Map<String, String> overrides, JvmProfile profile)
            throws IOException, InterruptedException {
        return start(runtime, dir, bootstrapServers, groupId, pluginPath, overrides, profile, List.of());
    }

    /** As above, with {@code jvmOptions} after the profile's (a later {@code -Xmx} wins). */
    public static LocalConnectWorker start(KafkaRuntime runtime, Path dir, String bootstrapServers, String groupId,
                                           List<Path> pluginPath, Map<String, String> overrides, JvmProfile profile,
                                           List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(runtime, dir, bootstrapServers, groupId, pluginPath, overrides, profile, jvmOptions, List.of());
    }

    /** As above, the JVM run through {@code wrapper} (see {@link JavaProcess#start(String, List, String, List, String, List, Path)}). */
    public static LocalConnectWorker start(KafkaRuntime runtime, Path dir, String bootstrapServers, String groupId,
                                           List<Path> pluginPath, Map<String, String> overrides, JvmProfile profile,
                                           List<String> jvmOptions, List<String> wrapper)
            throws IOException, InterruptedException {
        int port = Ports.free();
        Map<String, String> config = new HashMap<>(Map.ofEntries(
                Map.entry("bootstrap.servers", bootstrapServers),
                Map.entry("group.id", groupId),
                Map.entry("config.storage.topic", groupId + "-configs"),
                Map.entry("offset.storage.topic", groupId + "-offsets"),
                Map.entry("status.storage.topic", groupId + "-status"),
                Map.entry("config.storage.replication.factor", "1"),
                Map.entry("offset.storage.replication.factor", "1"),
                Map.entry("status.storage.replication.factor", "1"),
                Map.entry("key.converter", "org.apache.kafka.connect.storage.StringConverter"),
                Map.entry("value.converter", "org.apache.kafka.connect.storage.StringConverter"),
                Map.entry("listeners", "http://127.0.0.1:" + port),
                Map.entry("offset.flush.interval.ms", "2000"),
                Map.entry("plugin.discovery", "service_load"),
                Map.entry("plugin.path", pluginPath.stream().map(p -> p.toAbsolutePath().toString())
                        .collect(Collectors.joining(",")))));
        config.putAll(overrides);
        Path properties = PropertiesFile.write(dir.resolve("worker.properties"), config);
        List<String> jvm = new ArrayList<>(profile.worker());
        jvm.addAll(jvmOptions);
        jvm.addAll(LoggingConfig.jvmOptions(runtime, dir, "connect"));
        JavaProcess process = JavaProcess.start("connect worker", wrapper, runtime.classpath(), jvm,
                "org.apache.kafka.connect.cli.ConnectDistributed", List.of(properties.toString()),
                dir.resolve("connect.out"));
        LocalConnectWorker worker = new LocalConnectWorker(process, new ConnectRestClient(URI.create("http://127.0.0.1:" + port + "/")));
        worker.awaitReady(Duration.ofSeconds(180));
        return worker;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!rest.isUp()) {
            process.checkAlive();
            if (System.nanoTime() > deadline) {
                throw new IOException("Connect worker not ready after " + timeout + "; log:\n" + process.logTail());
            }
            Thread.sleep(200);
        }
    }

    public ConnectRestClient rest() {
        return rest;
    }

    public JavaProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
