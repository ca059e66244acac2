package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of a source whose protocol acknowledges a unit (an HTTP request, a Flume {@code appendBatch}) only once
 * Kafka has every event of it: one round per combination of events per unit and connections, each a closed loop of
 * {@code --seconds} after a few seconds of settling, with a warm-up before the first; the raw producer writes records
 * of the same size (with the same {@code --producer.*} settings) to the same broker before and after the rounds, and
 * the faster of the two is the limit. The largest combination is the one shown. The worker's CPU per event (user and
 * system, settling included) says what a round cost where the machine is shared and its rates are not comparable.
 */
final class AcknowledgedRounds {
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** The clients of one round: {@code connections} of them sending units of {@code unitEvents} events. */
    @FunctionalInterface
    interface Load {
        ClosedLoopLoad.Result run(int unitEvents, int connections, Duration settle, Duration window) throws Exception;
    }

    private final BenchContext context;
    private final String unit;
    private final String units;
    private final int eventBytes;

    /** {@code unit} and {@code units} name what is acknowledged ("request", "requests") in the notes. */
    AcknowledgedRounds(BenchContext context, String unit, String units, int eventBytes) {
        this.context = context;
        this.unit = unit;
        this.units = units;
        this.eventBytes = eventBytes;
    }

    BenchResult run(String topic, String limitTopic, List<Integer> unitSizes, List<Integer> connectionCounts,
                    Load load, List<String> setupNotes) throws Exception {
        Duration window = Duration.ofSeconds(context.option("seconds", 20));
        int largestUnit = unitSizes.stream().max(Integer::compare).orElseThrow();
        int mostConnections = connectionCounts.stream().max(Integer::compare).orElseThrow();
        Throughput limitBefore = rawProducer(limitTopic);
        Duration warmUp = Duration.ofSeconds(context.option("warmup-seconds", 15));
        context.out().printf("Warming up: %d events per %s over %d connections for %d s...%n", largestUnit, unit,
                mostConnections, warmUp.toSeconds());
        long acknowledged = load.run(largestUnit, mostConnections, warmUp, Duration.ofSeconds(1)).acceptedOverall()
                * largestUnit;

        JavaProcess worker = context.stack().worker().process();
        List<Double> cpuPerEvent = new ArrayList<>();
        List<ClosedLoopLoad.Result> results = new ArrayList<>();
        List<int[]> combinations = new ArrayList<>();
        for (int unitEvents : unitSizes) {
            for (int connections : connectionCounts) {
                context.out().printf("Round %d: %d events per %s over %d connection(s) for %d s...%n",
                        results.size() + 1, unitEvents, unit, connections, window.toSeconds());
                double cpuBefore = worker.cpuSeconds();
                ClosedLoopLoad.Result result = load.run(unitEvents, connections, SETTLE, window);
                acknowledged += result.acceptedOverall() * unitEvents;
                cpuPerEvent.add((worker.cpuSeconds() - cpuBefore) / (result.acceptedOverall() * unitEvents));
                results.add(result);
                combinations.add(new int[] {unitEvents, connections});
            }
        }
        Throughput limitAfter = rawProducer(limitTopic);
        Throughput limit = limitAfter.recordsPerSecond() > limitBefore.recordsPerSecond() ? limitAfter : limitBefore;

        List<BenchRound> rounds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BenchRound shown = null;
        for (int i = 0; i < results.size(); i++) {
            int unitEvents = combinations.get(i)[0];
            int connections = combinations.get(i)[1];
            Throughput measured = results.get(i).throughput(unitEvents, eventBytes);
            BenchRound round = new BenchRound(i + 1, true, measured, limit, Optional.empty());
            rounds.add(round);
            shown = unitEvents == largestUnit && connections == mostConnections ? round : shown;
            notes.add(describe(round, unitEvents, connections, results.get(i), cpuPerEvent.get(i)));
        }
        long inTopic = context.recordsIn(topic);
        notes.add("the topic holds %,d records; the %s acknowledged carried %,d events%s".formatted(inTopic, units,
                acknowledged, inTopic >= acknowledged ? "" : ": ACKNOWLEDGED EVENTS ARE MISSING"));
        notes.add(("raw producer before the rounds %.0f, after %.0f records/s (the faster is the limit); each round "
                + "measures %d s after %d s of settling; shown: %d events per %s over %d connections")
                .formatted(limitBefore.recordsPerSecond(), limitAfter.recordsPerSecond(), window.toSeconds(),
                        SETTLE.toSeconds(), largestUnit, unit, mostConnections));
        Map<String, String> producer = context.producerOptions();
        notes.add(producer.isEmpty() ? "Connect's default producer settings for the connector, the producer's for the "
                + "raw producer" : "producer settings on both sides: " + producer);
        notes.addAll(setupNotes);
        return new BenchResult(shown.measured(), limit,
                "raw producer, acks=all, %d B records, 1 partition".formatted(eventBytes), notes, rounds);
    }

    private Throughput rawProducer(String limitTopic) throws Exception {
        Throughput raw = context.baseline().measure(limitTopic, context.option("limit-records", 200_000), eventBytes,
                new HashMap<>(context.producerOptions()));
        context.out().printf("Raw producer: %.0f records/s%n", raw.recordsPerSecond());
        return raw;
    }

    private String describe(BenchRound round, int unitEvents, int connections, ClosedLoopLoad.Result result,
                            double cpuPerEvent) {
        Throughput measured = round.measured();
        return ("round %d: %4d events per %s, %2d connection(s): %,8.0f events/s (%.2f of the raw producer), "
                + "%,7.0f %s/s, latency p50 %.1f ms, p99 %.1f ms, %d refused, worker CPU %.1f µs/event")
                .formatted(round.number(), unitEvents, unit, connections, measured.recordsPerSecond(),
                        measured.recordsPerSecond() / round.limit().recordsPerSecond(), result.perSecond(), units,
                        result.percentileMs(50), result.percentileMs(99), result.refused(), cpuPerEvent * 1e6);
    }
}
