package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
    private static final Benchmark BENCHMARK = new Benchmark() {
        @Override
        public String name() {
            return "example";
        }

        @Override
        public String description() {
            return "an example";
        }

        @Override
        public BenchResult run(BenchContext context) {
            throw new UnsupportedOperationException();
        }
    };

    @TempDir
    Path dir;

    private static Throughput mbs(double mbPerSecond) {
        return new Throughput(1_000, 1_000_000, Duration.ofNanos((long) (1e9 / mbPerSecond)));
    }

    @Test
    void jsonAndCsvHoldEveryRoundAndThePlotIsWrittenOnlyWhenAsked() throws Exception {
        List<BenchRound> rounds = List.of(new BenchRound(1, false, mbs(50), mbs(100), Optional.of(mbs(80))),
                new BenchRound(2, true, mbs(90), mbs(100), Optional.of(mbs(95))));
        BenchResult result = new BenchResult(mbs(90), mbs(100), "raw producer", List.of("a note"), rounds);

        assertThat(ResultFiles.write(dir, BENCHMARK, result, "setup", false)).extracting(p -> p.getFileName().toString())
                .containsExactly("result.json", "rounds.csv");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        assertThat(json.path("benchmark").asText()).isEqualTo("example");
        assertThat(json.path("ratio_mb").asDouble()).isCloseTo(0.9, within(1e-6));
        assertThat(json.path("rounds")).hasSize(2);
        assertThat(json.at("/rounds/0/counted").asBoolean()).isFalse();
        assertThat(json.at("/rounds/1/ceiling/mb_per_second").asDouble()).isCloseTo(95, within(1e-3));
        assertThat(Files.readAllLines(dir.resolve("rounds.csv"))).containsExactly(ResultFiles.CSV_HEADER,
                "1,false,50.000,80.000,100.000,50000.0,80000.0,100000.0,0.5000",
                "2,true,90.000,95.000,100.000,90000.0,95000.0,100000.0,0.9000");

        ResultFiles.write(dir, BENCHMARK, result, "setup", true);
        assertThat(dir.resolve("result.svg")).content().startsWith("<svg");
    }

    @Test
    void aSingleRunBenchmarkHasOneRoundWithoutACeiling() {
        BenchResult result = new BenchResult(mbs(10), mbs(20), "disk");

        assertThat(ResultFiles.csv(result.rounds())).endsWith("1,true,10.000,,20.000,10000.0,,20000.0,0.5000\n");
    }
}
