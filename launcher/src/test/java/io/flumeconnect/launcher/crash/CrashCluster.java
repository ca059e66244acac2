package io.flumeconnect.launcher.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.process.ConnectRestClient;
import io.flumeconnect.launcher.process.JvmProfile;
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
import java.util.function.Predicate;
import java.util.function.Supplier;

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
        return new CrashCluster(runtime, dir, pluginPath, LocalKafkaBroker.start(runtime, dir.resolve("kafka"), JvmProfile.SMALL));
    }

    Path dir() {
        return dir;
    }

    LocalKafkaBroker broker() {
        return broker;
    }

    /**
     * Starts {@code count} workers of the distributed cluster {@code group}, each with {@code overrides} and a short
     * scheduled rebalance delay so the tasks of a dead worker move soon.
     */
    Workers startWorkers(String group, int count, Map<String, String> overrides)
            throws IOException, InterruptedException {
        return startWorkers(group, count, overrides, List.of());
    }

    /** As above, each worker's JVM run through {@code wrapper} (e.g. {@code setpriv} dropping capabilities). */
    Workers startWorkers(String group, int count, Map<String, String> overrides, List<String> wrapper)
            throws IOException, InterruptedException {
        Map<String, String> config = new HashMap<>(Map.of("scheduled.rebalance.max.delay.ms", "5000"));
        config.putAll(overrides);
        Workers workers = new Workers(group, config, wrapper);
        try {
            workers.start(count);
        } catch (IOException | InterruptedException | RuntimeException e) {
            workers.close();
            throw e;
        }
        return workers;
    }

    /** Closes the broker (the scenarios' workers are closed by their own {@link Workers}). */
    @Override
    public void close() {
        broker.close();
    }

    /** The workers of one distributed cluster. */
    final class Workers implements AutoCloseable {
        private final String group;
        private final Map<String, String> config;
        private final List<String> wrapper;
        private final List<LocalConnectWorker> all = new ArrayList<>();

        private Workers(String group, Map<String, String> config, List<String> wrapper) {
            this.group = group;
            this.config = config;
            this.wrapper = wrapper;
        }

        /** Starts {@code count} more workers, in parallel: one takes several seconds on a loaded machine. */
        void start(int count) throws IOException, InterruptedException {
            ExecutorService starter = Executors.newFixedThreadPool(count);
            List<Future<LocalConnectWorker>> starting = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path workerDir = dir.resolve(group + "-worker-" + (all.size() + i));
                starting.add(starter.submit(() -> LocalConnectWorker.start(runtime, workerDir,
                        broker.bootstrapServers(), group, pluginPath, config, JvmProfile.SMALL, List.of(), wrapper)));
            }
            starter.shutdown();
            IOException failure = null;
            for (Future<LocalConnectWorker> worker : starting) {
                try {
                    all.add(worker.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : new IOException("a worker of " + group + " did not start", e.getCause());
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** The worker started last. */
        LocalConnectWorker newest() {
            return all.get(all.size() - 1);
        }

        /** The worker that runs task {@code task} of {@code connector}, from {@code GET /connectors/NAME/status}. */
        LocalConnectWorker runningTask(String connector, int task) throws IOException, InterruptedException {
            String workerId = anyLiveRest().status(connector).get("tasks").get(task).get("worker_id").asText();
            return all.stream().filter(worker -> workerId.endsWith(":" + worker.rest().url().getPort()))
                    .findFirst().orElseThrow(() -> new IOException("no worker with id " + workerId));
        }

        /** SIGKILLs the worker running task 0 of {@code connector} and returns it, dead. */
        LocalConnectWorker killWorkerRunningTask(String connector) throws IOException, InterruptedException {
            LocalConnectWorker victim = runningTask(connector, 0);
            System.out.printf("%s: SIGKILL %s%n", connector, victim.process());
            victim.process().kill();
            if (victim.process().isAlive()) {
                throw new IOException("worker " + victim.process() + " survived SIGKILL");
            }
            return victim;
        }

        /** Waits until every task of {@code connector} is RUNNING, none on {@code dead}. */
        void awaitTasksMovedFrom(String connector, LocalConnectWorker dead, Duration timeout)
                throws IOException, InterruptedException {
            String port = ":" + dead.rest().url().getPort();
            awaitTasks(connector, workerIds -> workerIds.stream().noneMatch(id -> id.endsWith(port)), timeout,
                    () -> "tasks of " + connector + " not all RUNNING away from " + dead.rest().url());
        }

        /** Waits until every task of {@code connector} is RUNNING, at least one on {@code worker}. */
        void awaitSomeTaskOn(String connector, LocalConnectWorker worker, Duration timeout)
                throws IOException, InterruptedException {
            String port = ":" + worker.rest().url().getPort();
            awaitTasks(connector, workerIds -> workerIds.stream().anyMatch(id -> id.endsWith(port)), timeout,
                    () -> "no task of " + connector + " RUNNING on " + worker.rest().url());
        }

        /** Waits until every task is RUNNING and the ids of the workers running them pass {@code placement}. */
        private void awaitTasks(String connector, Predicate<List<String>> placement, Duration timeout,
                                Supplier<String> message) throws IOException, InterruptedException {
            Await.until(() -> {
                List<String> workerIds = new ArrayList<>();
                for (JsonNode task : anyLiveRest().status(connector).get("tasks")) {
                    if (!"RUNNING".equals(task.get("state").asText())) {
                        return false;
                    }
                    workerIds.add(task.get("worker_id").asText());
                }
                return !workerIds.isEmpty() && placement.test(workerIds);
            }, timeout, message);
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
