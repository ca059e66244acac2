package io.flumeconnect.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
