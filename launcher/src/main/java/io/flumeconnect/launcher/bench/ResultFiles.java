package io.flumeconnect.launcher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A benchmark's result as files beside the printed text, for tables and plots: {@code result.json} (the whole
 * result, every round) and {@code rounds.csv} (one line a round); with {@code --plot} also {@code result.svg}.
 */
final class ResultFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String CSV_HEADER = "round,counted,measured_mb_s,ceiling_mb_s,limit_mb_s,"
            + "measured_records_s,ceiling_records_s,limit_records_s,ratio_mb_s";

    private ResultFiles() {
    }

    /** Writes the files into {@code dir} and returns their paths. */
    static List<Path> write(Path dir, Benchmark benchmark, BenchResult result, String setup, boolean plot)
            throws IOException {
        List<Path> written = new ArrayList<>(List.of(
                Files.writeString(dir.resolve("result.json"), json(benchmark, result, setup)),
                Files.writeString(dir.resolve("rounds.csv"), csv(result.rounds()))));
        if (plot) {
            written.add(Files.writeString(dir.resolve("result.svg"),
                    new BenchChart(benchmark.name(), result.limitDescription()).svg(result.rounds())));
        }
        return written;
    }

    static String json(Benchmark benchmark, BenchResult result, String setup) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", benchmark.name());
        root.put("description", benchmark.description());
        root.put("machine", MachineDescription.current().describe());
        root.put("setup", setup);
        root.put("limit", result.limitDescription());
        root.put("ratio_records", result.recordsRatio());
        root.put("ratio_mb", result.bytesRatio());
        root.put("measured", throughput(result.measured()));
        root.put("limit_throughput", throughput(result.limit()));
        root.put("notes", result.notes());
        root.put("rounds", result.rounds().stream().map(ResultFiles::round).toList());
        return JSON.writeValueAsString(root);
    }

    static String csv(List<BenchRound> rounds) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (BenchRound round : rounds) {
            Optional<Throughput> ceiling = round.ceiling();
            csv.append("%d,%b,%.3f,%s,%.3f,%.1f,%s,%.1f,%.4f%n".formatted(round.number(), round.counted(),
                    round.measured().megabytesPerSecond(),
                    ceiling.map(c -> "%.3f".formatted(c.megabytesPerSecond())).orElse(""),
                    round.limit().megabytesPerSecond(), round.measured().recordsPerSecond(),
                    ceiling.map(c -> "%.1f".formatted(c.recordsPerSecond())).orElse(""),
                    round.limit().recordsPerSecond(),
                    round.measured().megabytesPerSecond() / round.limit().megabytesPerSecond()));
        }
        return csv.toString();
    }

    private static Map<String, Object> round(BenchRound round) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("round", round.number());
        json.put("counted", round.counted());
        json.put("measured", throughput(round.measured()));
        json.put("limit", throughput(round.limit()));
        json.put("ceiling", round.ceiling().map(ResultFiles::throughput).orElse(null));
        return json;
    }

    private static Map<String, Object> throughput(Throughput t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", t.records());
        json.put("bytes", t.bytes());
        json.put("seconds", t.seconds());
        json.put("records_per_second", t.recordsPerSecond());
        json.put("mb_per_second", t.megabytesPerSecond());
        return json;
    }
}
