package io.flumeconnect.launcher.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.DeclaredPlugins;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.process.ConnectRestClient;
import io.flumeconnect.launcher.process.JvmProfile;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.LocalStack;
import io.flumeconnect.launcher.quickstart.QuickstartPipeline;
import io.flumeconnect.launcher.quickstart.SinkWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged plugins on real workers of other Kafka releases than the one they are compiled against
 * (the build's {@code kafka.compat.versions}: the newest 4.x and the newest 3.x): every declared plugin
 * loads, the quickstart pipeline (tail source with our SearchReplace transform, file sink) moves every
 * line, the metrics helper falls back to its own JMX registry on a worker without plugin metrics
 * (before 4.1), and the worker logs no ERROR (a transform whose interface the worker lacks would be skipped
 * with one).
 */
class KafkaCompatibilityIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int LINES = 20;

    static Stream<String> versions() {
        return Stream.of(System.getProperty("kafka.compat.versions", "4.4.0 3.9.2").trim().split("\\s+"));
    }

    @ParameterizedTest(name = "Kafka {0}")
    @MethodSource("versions")
    void packagedPluginsLoadAndRun(String version, @TempDir Path dir) throws Exception {
        LauncherHome home = LauncherHome.fromSystemProperties();
        List<Path> pluginPath = home.pluginPath();
        KafkaRuntime runtime = KafkaRuntime.resolve(home.home(), version, System.out);

        try (LocalStack stack = LocalStack.start(runtime, dir.resolve("stack"), pluginPath, Map.of(),
                JvmProfile.SMALL, System.out)) {
            assertThat(stack.rest().pluginClasses()).containsAll(DeclaredPlugins.in(pluginPath));

            List<String> events = runQuickstartPipeline(stack, dir.resolve("run"));
            assertThat(events).hasSize(LINES).allMatch(line -> line.endsWith("user=***")).contains("line 0 user=***");

            String workerLog = Files.readString(stack.worker().process().log().resolveSibling("connect.log"));
            boolean pluginMetrics = Integer.parseInt(version.substring(0, version.indexOf('.'))) >= 4;
            assertThat(workerLog.contains("has no plugin metrics"))
                    .as("PluginCounters fell back to its own JMX registry on Kafka %s", version)
                    .isEqualTo(!pluginMetrics);
            assertThat(workerLog.lines().filter(line -> line.contains(" ERROR ")))
                    .as("the transforms implement Monitorable, which Kafka %s may lack: no plugin failed to load", version)
                    .isEmpty();
        }
    }

    /** Registers the quickstart's connectors, writes lines to the tailed file, returns what the sink wrote. */
    private static List<String> runQuickstartPipeline(LocalStack stack, Path runDir) throws Exception {
        QuickstartPipeline pipeline = QuickstartPipeline.load(LauncherHome.fromSystemProperties().home(), runDir);
        ConnectRestClient rest = stack.rest();
        stack.broker().createTopics(1, pipeline.topics().toArray(String[]::new));
        for (QuickstartPipeline.Connector connector : pipeline.connectors()) {
            rest.putConnector(connector.name(), connector.config());
        }
        for (QuickstartPipeline.Connector connector : pipeline.connectors()) {
            rest.awaitRunning(connector.name(), TIMEOUT);
        }
        Path log = runDir.resolve(QuickstartPipeline.LOG_FILE);
        Files.createDirectories(log.getParent());
        Files.write(log, IntStream.range(0, LINES).mapToObj(n -> "line " + n + " user=alice").toList());

        SinkWatcher sink = new SinkWatcher(runDir.resolve(QuickstartPipeline.SINK_DIR));
        sink.await(LINES, TIMEOUT, System.out);
        List<String> events = new ArrayList<>();
        for (Path file : sink.finishedFiles()) {
            events.addAll(Files.readAllLines(file));
        }
        return events;
    }
}
