package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.launcher.Options;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchHarnessTest {
    private final Throughput limit = new Throughput(1000, 1_000_000, Duration.ofSeconds(1));

    @Test
    void benchmarksAreFoundByName() {
        assertThat(BenchCommand.all()).extracting(Benchmark::name)
                .contains("raw-producer", "http-source", "flume-avro-source");
        assertThat(BenchCommand.find("raw-producer")).isPresent();
        assertThat(BenchCommand.find("no-such-benchmark")).isEmpty();
    }

    @Test
    void theWorkersJvmOptionsAreTheHeapThenTheOptionsGiven() {
        Options options = Options.parse(List.of("--worker-heap=256m", "--worker-jvm-options= -Xmn96m  -XX:MaxGCPauseMillis=200 "));

        assertThat(BenchCommand.workerJvm(options)).containsExactly("-Xms256m", "-Xmx256m", "-Xmn96m",
                "-XX:MaxGCPauseMillis=200");
        assertThat(BenchCommand.workerJvm(Options.parse(List.of()))).isEmpty();
    }

    @Test
    void resultAlwaysPrintsTheRatioAgainstTheLimit() {
        BenchResult result = new BenchResult(new Throughput(1000, 1_000_000, Duration.ofSeconds(4)), limit,
                "raw producer, acks=all", List.of("one note"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ResultPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .print(new RawProducerBenchmark(), result, "test setup");

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("== bench raw-producer", "machine: ", "setup:   test setup", "limit:   raw producer, acks=all",
                        "ratio against the limit: 0.25 (records/s), 0.25 (MB/s)", "note: one note");
    }

    @Test
    void aResultWithoutALimitIsRefused() {
        assertThatThrownBy(() -> new BenchResult(limit, null, "none"))
                .hasMessageContaining("every benchmark measures its limit in the same run");
    }

    @Test
    void baselinePayloadIsPrintableTextOfTheGivenSize() {
        byte[] payload = RawProducerBaseline.payload(512);

        assertThat(payload).hasSize(512);
        assertThat(new String(payload, StandardCharsets.US_ASCII)).matches("[ -~]{512}");
    }
}
