package io.flumeconnect.launcher.bench;

import java.io.PrintStream;

/** Prints a result as a small table, always with the ratio against the limit measured in the same run. */
final class ResultPrinter {
    private static final String ROW = "%-24s %12s %10s %9s %13s %9s%n";

    private final PrintStream out;

    ResultPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Benchmark benchmark, BenchResult result, String setup) {
        out.println();
        out.printf("== bench %s: %s%n", benchmark.name(), benchmark.description());
        out.printf("machine: %s%n", MachineDescription.current().describe());
        out.printf("setup:   %s%n", setup);
        out.printf(ROW, "", "records", "MB", "seconds", "records/s", "MB/s");
        row(benchmark.name(), result.measured());
        row("limit", result.limit());
        out.printf("limit:   %s%n", result.limitDescription());
        out.printf("ratio against the limit: %.2f (records/s), %.2f (MB/s)%n", result.recordsRatio(), result.bytesRatio());
        result.notes().forEach(note -> out.println("note: " + note));
    }

    private void row(String label, Throughput t) {
        out.printf(ROW, label, t.records(), "%.1f".formatted(t.bytes() / 1e6), "%.2f".formatted(t.seconds()),
                "%.0f".formatted(t.recordsPerSecond()), "%.1f".formatted(t.megabytesPerSecond()));
    }
}
