package io.flumeconnect.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/flume-connect quickstart --exit-when-done}, as the README's first command runs it: real broker
 * and worker processes, the quickstart pipeline from config-examples, events written to the tailed file
 * arrive masked in the file sink's files. Twice, because a second run must work too.
 */
class QuickstartIT {
    private static final int EVENTS = 30;

    @Test
    void eventsReachTheSinkAndASecondRunWorksToo() throws Exception {
        for (int run = 1; run <= 2; run++) {
            assertThat(FlumeConnect.run(List.of("quickstart", "--events=" + EVENTS, "--exit-when-done")))
                    .as("exit code of run %d", run).isZero();

            List<String> events = sinkEvents();
            assertThat(events).as("events in the sink after run %d", run).hasSize(EVENTS)
                    .allMatch(line -> line.contains("user=***"), "masked by the SearchReplace transform")
                    .anyMatch(line -> line.contains("request " + EVENTS + " "));
        }
    }

    /**
     * {@code bin/flume-connect quickstart} as a user starts it, stopped the way Ctrl-C stops it (the JVM's
     * shutdown hook; SIGTERM here, as a test's child may ignore SIGINT): the worker and the broker go too.
     */
    @Test
    void stoppingTheLauncherStopsTheWorkerAndTheBroker() throws Exception {
        LauncherHome home = LauncherHome.fromSystemProperties();
        ProcessBuilder builder = new ProcessBuilder(home.home().resolve("bin/flume-connect").toString(), "quickstart", "--events=5")
                .redirectErrorStream(true);
        builder.environment().put("FLUME_SKIP_BUILD", "1");
        builder.environment().put("FLUME_TARGET", home.target());
        Process launcher = builder.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(output::add));
        reader.start();
        try {
            awaitLine(output, "Press Ctrl-C", launcher);
        } finally {
            launcher.toHandle().destroy();   // SIGTERM; Process.destroy() would also close its output
        }

        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher exited").isTrue();
        reader.join(10_000);
        List<Long> children = output.stream().filter(line -> line.startsWith("Stopping ") && line.contains("(pid "))
                .map(line -> Long.parseLong(line.replaceAll(".*\\(pid (\\d+)\\).*", "$1"))).toList();
        assertThat(children).as("stopped by the shutdown hook, worker first: %s", output).hasSize(2);
        assertThat(children).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    }

    private static void awaitLine(List<String> output, String start, Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (output.stream().noneMatch(line -> line.startsWith(start))) {
            assertThat(launcher.isAlive()).as("launcher still running; its output: %s", output).isTrue();
            assertThat(System.nanoTime()).as("'%s' within 4 minutes; output: %s", start, output).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static List<String> sinkEvents() throws IOException {
        LauncherHome home = LauncherHome.fromSystemProperties();
        Path sink = home.home().resolve(home.target()).resolve("flume-connect/quickstart/sink");
        List<String> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sink)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                events.addAll(Files.readAllLines(file));
            }
        }
        return events;
    }
}
