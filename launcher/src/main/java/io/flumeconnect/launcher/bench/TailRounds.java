package io.flumeconnect.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * The tail benchmark's rounds: in each, the raw producer's, the Connect ceiling's and the tail source's
 * throughput, measured one after the other. Round 1 is every JVM's first and counts only when it is the only one.
 */
final class TailRounds {
    private final List<Throughput> raw = new ArrayList<>();
    private final List<Throughput> ceiling = new ArrayList<>();
    private final List<Throughput> tail = new ArrayList<>();

    void add(Throughput raw, Throughput ceiling, Throughput tail) {
        this.raw.add(raw);
        this.ceiling.add(ceiling);
        this.tail.add(tail);
    }

    /** The last round, as progress: "raw producer x MB/s, Connect ceiling y MB/s, tail source z MB/s". */
    String last() {
        int i = raw.size() - 1;
        return "raw producer %.1f MB/s, Connect ceiling %.1f MB/s, tail source %.1f MB/s".formatted(
                raw.get(i).megabytesPerSecond(), ceiling.get(i).megabytesPerSecond(), tail.get(i).megabytesPerSecond());
    }

    /**
     * The counted round whose tail/raw ratio is the median (the lower of two): a round's phases run one after the
     * other, so a change in a shared machine's speed between them moves that round's ratio, not the median's.
     */
    int medianRound() {
        return medianRound(tail, raw);
    }

    Throughput tail(int round) {
        return tail.get(round);
    }

    Throughput raw(int round) {
        return raw.get(round);
    }

    /** The median over the counted rounds of the tail source against the ceiling. */
    double tailAgainstCeiling() {
        return ratio(tail, ceiling, medianRound(tail, ceiling));
    }

    /** The median over the counted rounds of the ceiling against the raw producer. */
    double ceilingAgainstRaw() {
        return ratio(ceiling, raw, medianRound(ceiling, raw));
    }

    /** The tail source against the raw producer over all counted rounds together. */
    double summedRatio() {
        return summed(tail).megabytesPerSecond() / summed(raw).megabytesPerSecond();
    }

    /** Every round, the tail source measured against the raw producer, with the ceiling. */
    List<BenchRound> rounds() {
        List<Integer> counted = counted();
        return IntStream.range(0, raw.size()).mapToObj(i -> new BenchRound(i + 1, counted.contains(i), tail.get(i),
                raw.get(i), Optional.of(ceiling.get(i)))).toList();
    }

    String describe() {
        List<String> rounds = IntStream.range(0, raw.size()).mapToObj(i -> "%.1f/%.1f/%.1f".formatted(
                tail.get(i).megabytesPerSecond(), ceiling.get(i).megabytesPerSecond(),
                raw.get(i).megabytesPerSecond())).toList();
        return String.join(", ", rounds) + " MB/s (tail/ceiling/raw)";
    }

    private List<Integer> counted() {
        return IntStream.range(raw.size() == 1 ? 0 : 1, raw.size()).boxed().toList();
    }

    private int medianRound(List<Throughput> measured, List<Throughput> limit) {
        List<Integer> sorted = new ArrayList<>(counted());
        sorted.sort(Comparator.comparingDouble(i -> ratio(measured, limit, i)));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double ratio(List<Throughput> measured, List<Throughput> limit, int round) {
        return measured.get(round).megabytesPerSecond() / limit.get(round).megabytesPerSecond();
    }

    private Throughput summed(List<Throughput> phase) {
        List<Throughput> rounds = counted().stream().map(phase::get).toList();
        return new Throughput(sum(rounds, Throughput::records), sum(rounds, Throughput::bytes),
                rounds.stream().map(Throughput::elapsed).reduce(Duration.ZERO, Duration::plus));
    }

    private static long sum(List<Throughput> rounds, ToLongFunction<Throughput> field) {
        return rounds.stream().mapToLong(field).sum();
    }
}
