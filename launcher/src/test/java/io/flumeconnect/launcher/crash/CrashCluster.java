package io.flumeconnect.launcher.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.process.ConnectRestClient;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.LocalConnectWorker;
import io.flumeconnect.launcher.process.LocalKafkaBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One Kafka broker process and, per scenario, a group of Connect worker processes of one distributed cluster,
 * with the build's packaged plugins on {@code plugin.path}. Workers can be SIGKILLed; everything is closed
 * newest first.
 */
final class CrashCluster implements AutoCloseable {

    private final KafkaRuntime runtime;
    private final Path dir;
    private final List<Path> pluginPath;
    private final LocalKafkaBroker broker;

    private CrashCluster(KafkaRuntime runtime, Path dir, List<Path> pluginPath, LocalKafkaBroker broker) {
        this.runtime = runtime;
        this.dir = dir;
        this.pluginPath = pluginPath;
        this.broker = broker;
    }

    /** Starts the broker in {@code <target>/flume-connect/<name>} (kept after the run for its logs). */
    static CrashCluster start(String name) throws IOException, InterruptedException {
        LauncherHome home = LauncherHome.fromSystemProperties();
        List<Path> pluginPath = home.pluginPath();
        KafkaRuntime runtime = KafkaRuntime.resolve(home.home(), home.kafkaVersion(), System.out);
        Path dir = home.freshWorkDir(name);
        return new CrashCluster(runtime, dir, pluginPath, LocalKafkaBroker.start(runtime, dir.resolve("kafka")));
    }

    Path dir() {
        return dir;
    }

    LocalKafkaBroker broker() {
        return broker;
    }

    /**
     * Starts {@code count} workers of the distributed cluster {@code group} (in parallel: a worker takes several
     * seconds to come up on a loaded machine), each with {@code overrides} and a short scheduled rebalance delay so
     * the tasks of a dead worker move soon.
     */
    Workers startWorkers(String group, int count, Map<String, String> overrides)
            throws IOException, InterruptedException {
        Map<String, String> config = new HashMap<>(Map.of("scheduled.rebalance.max.delay.ms", "5000"));
        config.putAll(overrides);
        ExecutorService starter = Executors.newFixedThreadPool(count);
        List<Future<LocalConnectWorker>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path workerDir = dir.resolve(group + "-worker-" + i);
            starting.add(starter.submit(() -> LocalConnectWorker.start(runtime, workerDir, broker.bootstrapServers(),
                    group, pluginPath, config)));
        }
        starter.shutdown();
        List<LocalConnectWorker> workers = new ArrayList<>();
        IOException failure = null;
        for (Future<LocalConnectWorker> worker : starting) {
            try {
                workers.add(worker.get());
            } catch (ExecutionException e) {
                failure = failure == null ? new IOException("a worker of " + group + " did not start", e.getCause()) : failure;
            }
        }
        Workers started = new Workers(workers);
        if (failure != null) {
            started.close();
            throw failure;
        }
        return started;
    }

    /** Closes the broker (the scenarios' workers are closed by their own {@link Workers}). */
    @Override
    public void close() {
        broker.close();
    }

    /** The workers of one distributed cluster. */
    record Workers(List<LocalConnectWorker> all) implements AutoCloseable {
        /** The worker that runs task {@code task} of {@code connector}, from {@code GET /connectors/NAME/status}. */
        LocalConnectWorker runningTask(String connector, int task) throws IOException, InterruptedException {
            String workerId = anyLiveRest().status(connector).get("tasks").get(task).get("worker_id").asText();
            return all.stream().filter(worker -> workerId.endsWith(":" + worker.rest().url().getPort()))
                    .findFirst().orElseThrow(() -> new IOException("no worker with id " + workerId));
        }

        /** Waits until every task of {@code connector} is RUNNING on {@code worker}. */
        void awaitTasksOn(String connector, LocalConnectWorker worker, Duration timeout)
                throws IOException, InterruptedException {
            String port = ":" + worker.rest().url().getPort();
            Await.until(() -> {
                JsonNode tasks = worker.rest().status(connector).get("tasks");
                boolean moved = tasks.size() > 0;
                for (JsonNode task : tasks) {
                    moved &= "RUNNING".equals(task.get("state").asText()) && task.get("worker_id").asText().endsWith(port);
                }
                return moved;
            }, timeout, () -> "tasks of " + connector + " not all RUNNING on " + worker.rest().url());
        }

        /** The other worker of a pair. */
        LocalConnectWorker other(LocalConnectWorker worker) {
            return all.stream().filter(w -> w != worker).findFirst().orElseThrow();
        }

        ConnectRestClient anyLiveRest() throws IOException {
            return all.stream().filter(w -> w.process().isAlive()).findFirst()
                    .orElseThrow(() -> new IOException("no live worker")).rest();
        }

        /** Newest first, so the worker started last stops first. */
        @Override
        public void close() {
            for (int i = all.size() - 1; i >= 0; i--) {
                all.get(i).close();
            }
        }
    }
}
