package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real single-node Kafka and one Connect worker, each in its own process, with the plugins this
 * build packaged on the worker's {@code plugin.path}. What the quickstart, the compatibility tests and
 * the benchmarks run on.
 */
public final class LocalStack implements AutoCloseable {
    private final LocalKafkaBroker broker;
    private final LocalConnectWorker worker;

    private LocalStack(LocalKafkaBroker broker, LocalConnectWorker worker) {
        this.broker = broker;
        this.worker = worker;
    }

    /**
     * Starts a broker and a worker of Kafka {@code runtime} in {@code dir} with {@code profile}'s JVM options;
     * {@code workerOverrides} may be empty.
     */
    public static LocalStack start(KafkaRuntime runtime, Path dir, List<Path> pluginPath,
                                   Map<String, String> workerOverrides, JvmProfile profile, PrintStream progress)
            throws IOException, InterruptedException {
        return start(runtime, dir, pluginPath, workerOverrides, profile, List.of(), progress);
    }

    /** As above, with {@code workerJvmOptions} after the profile's worker options (a later {@code -Xmx} wins). */
    public static LocalStack start(KafkaRuntime runtime, Path dir, List<Path> pluginPath,
                                   Map<String, String> workerOverrides, JvmProfile profile,
                                   List<String> workerJvmOptions, PrintStream progress)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        progress.printf("Starting Kafka %s broker (KRaft, single node)...%n", runtime.version());
        LocalKafkaBroker broker = LocalKafkaBroker.start(runtime, dir.resolve("kafka"), profile);
        progress.printf("  broker up at %s (%.1f s)%n", broker.bootstrapServers(), seconds(started));
        try {
            progress.printf("Starting Kafka Connect %s worker (distributed mode)...%n", runtime.version());
            LocalConnectWorker worker = LocalConnectWorker.start(runtime, dir.resolve("connect"),
                    broker.bootstrapServers(), "flume-connect", pluginPath, workerOverrides, profile, workerJvmOptions);
            progress.printf("  worker REST API at %s (%.1f s)%n", worker.rest().url(), seconds(started));
            return new LocalStack(broker, worker);
        } catch (IOException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /**
     * The packaged plugin directories of the build under {@code flumeHome}: every module's
     * {@code <flumeTarget>/plugin-path}, except the test-only {@code plugin-smoke}.
     */
    public static List<Path> pluginPath(Path flumeHome, String flumeTarget) throws IOException {
        try (Stream<Path> dirs = Files.find(flumeHome, 4, (path, attrs) -> attrs.isDirectory()
                && path.getFileName().toString().equals("plugin-path")
                && path.getParent().getFileName().toString().equals(flumeTarget)
                && !path.startsWith(flumeHome.resolve("launcher"))
                && !path.startsWith(flumeHome.resolve("plugin-smoke")))) {
            List<Path> found = dirs.sorted().toList();
            if (found.isEmpty()) {
                throw new IOException("no packaged plugins under " + flumeHome + "/*/" + flumeTarget
                        + "/plugin-path: run ./mvnw package -DskipTests first");
            }
            return found;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    public LocalKafkaBroker broker() {
        return broker;
    }

    public LocalConnectWorker worker() {
        return worker;
    }

    public ConnectRestClient rest() {
        return worker.rest();
    }

    /** Stops the worker first (it commits offsets to the broker), then the broker. */
    @Override
    public void close() {
        try {
            worker.close();
        } finally {
            broker.close();
        }
    }
}
