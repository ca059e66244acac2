package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/** A single-node Kafka (combined KRaft broker and controller) in its own process. */
public final class LocalKafkaBroker implements AutoCloseable {
    private final JavaProcess process;
    private final String bootstrapServers;
    private final Map<String, String> config;

    private LocalKafkaBroker(JavaProcess process, String bootstrapServers, Map<String, String> config) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /**
     * Formats a fresh log directory under {@code dir}, starts the broker with {@code profile}'s JVM options and
     * waits until it answers.
     */
    public static LocalKafkaBroker start(KafkaRuntime runtime, Path dir, JvmProfile profile)
            throws IOException, InterruptedException {
        int port = Ports.free();
        int controllerPort = Ports.free();
        Map<String, String> config = Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dir.resolve("data").toAbsolutePath().toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"));
        Path properties = PropertiesFile.write(dir.resolve("server.properties"), config);
        List<String> jvm = jvmOptions(runtime, dir, profile);
        JavaProcess.runToCompletion("kafka-storage format", runtime.classpath(), jvm, "kafka.tools.StorageTool",
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()),
                dir.resolve("storage-format.log"));
        JavaProcess process = JavaProcess.start("kafka broker", runtime.classpath(), jvm, "kafka.Kafka",
                List.of(properties.toString()), dir.resolve("broker.out"));
        LocalKafkaBroker broker = new LocalKafkaBroker(process, "127.0.0.1:" + port, config);
        broker.awaitReady(Duration.ofSeconds(180));
        return broker;
    }

    private static List<String> jvmOptions(KafkaRuntime runtime, Path dir, JvmProfile profile) throws IOException {
        List<String> options = new ArrayList<>(profile.broker());
        options.add("-Dkafka.logs.dir=" + dir.toAbsolutePath());
        options.addAll(LoggingConfig.jvmOptions(runtime, dir, "broker"));
        return options;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            process.checkAlive();
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Kafka broker not ready after " + timeout + "; log:\n" + process.logTail());
                }
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Map<String, String> config() {
        return config;
    }

    public JavaProcess process() {
        return process;
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(props);
    }

    /** Creates topics with replication factor 1 unless they exist. */
    public void createTopics(int partitions, String... topics) throws IOException, InterruptedException {
        try (Admin admin = admin()) {
            java.util.Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = java.util.Arrays.stream(topics).filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            throw new IOException("cannot create topics " + List.of(topics), e.getCause());
        }
    }

    /** Deletes {@code topics} and their data. */
    public void deleteTopics(String... topics) throws IOException, InterruptedException {
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(topics)).all().get();
        } catch (ExecutionException e) {
            throw new IOException("cannot delete topics " + List.of(topics), e.getCause());
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
