package io.flumeconnect.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfo;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;

/**
 * Real KRaft broker(s) and real distributed-mode Connect workers in this JVM (Kafka's
 * {@link EmbeddedConnectCluster}), with the <em>packaged</em> plugin directories on the workers'
 * {@code plugin.path}: the plugin under test loads through its own {@code PluginClassLoader}, as on a
 * production worker. Start one per test class; it takes about 7 s.
 */
public final class ConnectTestCluster implements AutoCloseable {
    /** Where each plugin module's packaged plugin directory is; set by the build for integration tests. */
    public static final String PLUGIN_PATH_PROPERTY = "flume.plugin.path";

    private final EmbeddedConnectCluster connect;
    private final HttpClient http = HttpClient.newHttpClient();

    private ConnectTestCluster(EmbeddedConnectCluster connect) {
        this.connect = connect;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cluster from Kafka's test kit, for anything these helpers do not cover. */
    public EmbeddedConnectCluster raw() {
        return connect;
    }

    public EmbeddedKafkaCluster kafka() {
        return connect.kafka();
    }

    public String bootstrapServers() {
        return connect.kafka().bootstrapServers();
    }

    // --- connectors over REST ---------------------------------------------------------------------------

    /** Creates or reconfigures a connector ({@code PUT /connectors/{name}/config}). */
    public void putConnector(String name, Map<String, String> config) {
        connect.configureConnector(name, config);
    }

    /**
     * The per-key errors of {@code PUT /connector-plugins/{class}/config/validate}: key to messages, only
     * keys that have any. A missing {@code name} is filled in, as the worker requires one.
     */
    public Map<String, List<String>> validationErrors(String connectorClass, Map<String, String> config) {
        Map<String, String> withClass = new HashMap<>(config);
        withClass.put("connector.class", connectorClass);
        withClass.putIfAbsent("name", simpleName(connectorClass));
        ConfigInfos infos = connect.validateConnectorConfig(simpleName(connectorClass), withClass);
        return infos.configs().stream()
                .map(ConfigInfo::configValue)
                .filter(value -> !value.errors().isEmpty())
                .collect(Collectors.toMap(value -> value.name(), value -> value.errors(), (a, b) -> a, LinkedHashMap::new));
    }

    public void restartConnectorAndTasks(String name) {
        connect.restartConnectorAndTasks(name, false, true, false);
    }

    public void deleteConnector(String name) {
        connect.deleteConnector(name);
    }

    public ConnectorStateInfo status(String name) {
        return connect.connectorStatus(name);
    }

    public void awaitRunning(String name, int tasks) throws InterruptedException {
        connect.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, tasks,
                "connector " + name + " did not reach RUNNING with " + tasks + " task(s)");
    }

    /** Raw REST call, e.g. {@code rest("GET", "/connectors/x/offsets", null)}; returns status and body. */
    public RestResponse rest(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest request = HttpRequest.newBuilder(URI.create(connect.endpointForResource(path.replaceFirst("^/", ""))))
                .header("Content-Type", "application/json")
                .method(method, body)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new RestResponse(response.statusCode(), response.body());
    }

    public record RestResponse(int status, String body) {
    }

    // --- topics and records -----------------------------------------------------------------------------

    public void createTopic(String topic, int partitions) {
        connect.kafka().createTopic(topic, partitions);
    }

    /** Every record now in {@code topic}, from the beginning, read with read_committed isolation. */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = connect.kafka().createConsumer(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
            }
            return records;
        }
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    /** Waits until {@code topic} holds at least {@code count} records and returns them all. */
    public List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, int count, Duration timeout)
            throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>>[] last = new List[] {List.of()};
        awaitCondition(() -> (last[0] = readAll(topic)).size() >= count, timeout,
                () -> "topic " + topic + " holds " + last[0].size() + " records, expected at least " + count);
        return last[0];
    }

    /**
     * Waits until every one of {@code expected} is among the values (UTF-8) in {@code topic}, and returns
     * all values then, duplicates included: the check for "nothing lost" where redelivery is allowed.
     */
    public List<String> awaitValues(String topic, Collection<String> expected, Duration timeout)
            throws InterruptedException {
        AtomicReference<List<String>> last = new AtomicReference<>(List.of());
        awaitCondition(() -> {
            last.set(values(readAll(topic)));
            return new HashSet<>(last.get()).containsAll(expected);
        }, timeout, () -> "topic " + topic + " lacks " + missing(expected, last.get()));
        return last.get();
    }

    private static String missing(Collection<String> expected, List<String> values) {
        Set<String> present = new HashSet<>(values);
        List<String> missing = expected.stream().filter(v -> !present.contains(v)).toList();
        return missing.size() + " of the " + expected.size() + " expected values, e.g. "
                + missing.subList(0, Math.min(5, missing.size()));
    }

    /** The values of {@code records} as UTF-8 strings. */
    public static List<String> values(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> r.value() == null ? null : new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .toList();
    }

    // --- failures ----------------------------------------------------------------------------------------

    /** The worker that runs task {@code task} of {@code connector} now. */
    public WorkerHandle workerRunningTask(String connector, int task) {
        String workerId = status(connector).tasks().stream()
                .filter(t -> t.id() == task).findFirst()
                .orElseThrow(() -> new AssertionError("connector " + connector + " has no task " + task))
                .workerId();
        return connect.workers().stream()
                .filter(w -> workerId.equals(w.url().getHost() + ":" + w.url().getPort()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no worker " + workerId + " among " + connect.workers()));
    }

    /** Stops a worker; its connectors and tasks move to the others after the rebalance delay. */
    public void stopWorker(WorkerHandle worker) {
        connect.removeWorker(worker);
    }

    public WorkerHandle addWorker() {
        return connect.addWorker();
    }

    public Set<WorkerHandle> workers() {
        return connect.workers();
    }

    public void stopBrokers() {
        connect.kafka().stopOnlyBrokers();
    }

    public void restartBrokers() {
        connect.kafka().restartOnlyBrokers();
    }

    @Override
    public void close() {
        connect.stop();
    }

    // --- waiting -------------------------------------------------------------------------------------------

    /** Polls {@code condition} every 250 ms until it holds; fails with {@code message} after {@code timeout}. */
    public static void awaitCondition(BooleanSupplier condition, Duration timeout,
                                      java.util.function.Supplier<String> message) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("after " + timeout + ": " + message.get());
            }
            Thread.sleep(250);
        }
    }

    private static String simpleName(String connectorClass) {
        return connectorClass.substring(connectorClass.lastIndexOf('.') + 1);
    }

    /** Builds a cluster; by default one broker, two workers, the build's packaged plugins. */
    public static final class Builder {
        private int brokers = 1;
        private int workers = 2;
        private final List<Path> pluginDirs = new ArrayList<>();
        private final Map<String, String> workerProps = new HashMap<>();
        private final Properties brokerProps = new Properties();

        private Builder() {
            String fromBuild = System.getProperty(PLUGIN_PATH_PROPERTY);
            if (fromBuild != null && !fromBuild.isBlank()) {
                pluginDirs.add(Path.of(fromBuild));
            }
            workerProps.put("plugin.discovery", "service_load");
            workerProps.put("offset.flush.interval.ms", "1000");
            workerProps.put("scheduled.rebalance.max.delay.ms", "3000");
            workerProps.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
            workerProps.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
            brokerProps.put("auto.create.topics.enable", "false");
            brokerProps.put("transaction.state.log.replication.factor", "1");
            brokerProps.put("transaction.state.log.min.isr", "1");
        }

        public Builder brokers(int count) {
            this.brokers = count;
            return this;
        }

        public Builder workers(int count) {
            this.workers = count;
            return this;
        }

        /** Adds a directory whose sub-directories are plugins, as on a worker's {@code plugin.path}. */
        public Builder pluginPath(Path dir) {
            pluginDirs.add(dir);
            return this;
        }

        public Builder workerProp(String key, String value) {
            workerProps.put(key, value);
            return this;
        }

        public Builder brokerProp(String key, String value) {
            brokerProps.put(key, value);
            return this;
        }

        /**
         * Adds every plugin directory this build packaged, from all modules ({@code <module>/<target>/plugin-path}
         * under the repository root), as on a worker with the whole suite installed. The test-only
         * {@code plugin-smoke} is left out.
         */
        public Builder allPackagedPlugins() {
            Path root = Path.of(System.getProperty(ReferenceDocs.REPO_ROOT_PROPERTY, "."));
            String target = Path.of(System.getProperty("project.build.directory", "target")).getFileName().toString();
            try (Stream<Path> dirs = Files.find(root, 4, (path, attrs) -> attrs.isDirectory()
                    && path.getFileName().toString().equals("plugin-path")
                    && path.getParent().getFileName().toString().equals(target)
                    && !path.startsWith(root.resolve("plugin-smoke")))) {
                dirs.sorted().forEach(pluginDirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the packaged plugins under " + root, e);
            }
            return this;
        }

        /** Workers with {@code exactly.once.source.support=enabled} (KIP-618). */
        public Builder exactlyOnceSource() {
            return workerProp("exactly.once.source.support", "enabled");
        }

        public ConnectTestCluster start() {
            assertThat(pluginDirs).as("packaged plugin directories (system property %s)", PLUGIN_PATH_PROPERTY)
                    .isNotEmpty().allMatch(Files::isDirectory);
            workerProps.put("plugin.path", pluginDirs.stream().map(Path::toString).collect(Collectors.joining(",")));
            EmbeddedConnectCluster cluster = new EmbeddedConnectCluster.Builder()
                    .name("flume-connect-it")
                    .numBrokers(brokers)
                    .numWorkers(workers)
                    .brokerProps(brokerProps)
                    .workerProps(workerProps)
                    .build();
            cluster.start();
            return new ConnectTestCluster(cluster);
        }
    }

    /** The packaged plugin directories under {@code dir}, e.g. to check what a build produced. */
    public static List<Path> pluginsIn(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
