package io.flumeconnect.launcher.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.DeclaredPlugins;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.TopicReader;
import io.flumeconnect.launcher.process.ConnectRestClient;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.LocalStack;
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
 * loads, the tail source with one of our transforms runs, and the metrics helper falls back to its own
 * JMX registry on a worker without plugin metrics (before 4.1).
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
        List<Path> pluginPath = new ArrayList<>(home.pluginPath());
        pluginPath.add(home.home().resolve("plugin-smoke").resolve(home.target()).resolve("plugin-path"));
        KafkaRuntime runtime = KafkaRuntime.resolve(home.home(), version, System.out);

        try (LocalStack stack = LocalStack.start(runtime, dir.resolve("stack"), pluginPath, Map.of(), System.out)) {
            ConnectRestClient rest = stack.rest();
            assertThat(rest.pluginClasses()).containsAll(DeclaredPlugins.in(pluginPath));

            runTailSourceWithMasking(stack, dir);
            runCountingSource(stack);
            String workerLog = Files.readString(stack.worker().process().log().resolveSibling("connect.log"));
            boolean pluginMetrics = Integer.parseInt(version.substring(0, version.indexOf('.'))) >= 4;
            assertThat(workerLog.contains("has no plugin metrics"))
                    .as("PluginCounters fell back to its own JMX registry on Kafka %s", version)
                    .isEqualTo(!pluginMetrics);
        }
    }

    private static void runTailSourceWithMasking(LocalStack stack, Path dir) throws Exception {
        Path log = Files.createDirectories(dir.resolve("logs")).resolve("app.log");
        Files.write(log, IntStream.range(0, LINES).mapToObj(n -> "line " + n + " user=alice").toList());
        stack.broker().createTopics(1, "compat-tail");
        stack.rest().putConnector("compat-tail", Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", "compat-tail",
                "files", dir.resolve("logs").toAbsolutePath() + "/*.log",
                "transforms", "mask",
                "transforms.mask.type", "io.flumeconnect.transforms.interceptor.SearchReplace",
                "transforms.mask.pattern", "user=\\w+",
                "transforms.mask.replacement", "user=***"));
        stack.rest().awaitRunning("compat-tail", TIMEOUT);

        List<String> values = TopicReader.values(stack.broker().bootstrapServers(), "compat-tail", LINES, TIMEOUT);
        assertThat(values).hasSize(LINES).allMatch(v -> v.endsWith("user=***")).contains("line 0 user=***");
    }

    /** plugin-smoke's source registers its counters through {@code PluginCounters.of(context::pluginMetrics)}. */
    private static void runCountingSource(LocalStack stack) throws Exception {
        stack.broker().createTopics(1, "compat-counted");
        stack.rest().putConnector("compat-counted", Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "tasks.max", "1",
                "topic", "compat-counted",
                "records", "50"));
        stack.rest().awaitRunning("compat-counted", TIMEOUT);
        assertThat(TopicReader.values(stack.broker().bootstrapServers(), "compat-counted", 50, TIMEOUT)).hasSize(50);
    }
}
