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

    /** One round's combination, what its clients measured and the worker's CPU seconds per event it took. */
    private record Round(int unitEvents, int connections, ClosedLoopLoad.Result result, double cpuPerEvent) {
        long eventsAcknowledged() {
            return result.acceptedOverall() * unitEvents;
        }
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
        List<Round> measured = new ArrayList<>();
        for (int unitEvents : unitSizes) {
            for (int connections : connectionCounts) {
                context.out().printf("Round %d: %d events per %s over %d connection(s) for %d s...%n",
                        measured.size() + 1, unitEvents, unit, connections, window.toSeconds());
                measured.add(measure(load, unitEvents, connections, window));
                acknowledged += measured.get(measured.size() - 1).eventsAcknowledged();
            }
        }
        Throughput limitAfter = rawProducer(limitTopic);
        Throughput limit = limitAfter.recordsPerSecond() > limitBefore.recordsPerSecond() ? limitAfter : limitBefore;

        List<BenchRound> rounds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BenchRound shown = null;
        for (Round round : measured) {
            BenchRound benchRound = new BenchRound(rounds.size() + 1, true,
                    round.result().throughput(round.unitEvents(), eventBytes), limit, Optional.empty());
            rounds.add(benchRound);
            shown = round.unitEvents() == largestUnit && round.connections() == mostConnections ? benchRound : shown;
            notes.add(describe(benchRound, round));
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

    private Round measure(Load load, int unitEvents, int connections, Duration window) throws Exception {
        JavaProcess worker = context.stack().worker().process();
        double cpuBefore = worker.cpuSeconds();
        ClosedLoopLoad.Result result = load.run(unitEvents, connections, SETTLE, window);
        double cpu = worker.cpuSeconds() - cpuBefore;
        return new Round(unitEvents, connections, result, cpu / (result.acceptedOverall() * unitEvents));
    }

    private Throughput rawProducer(String limitTopic) throws Exception {
        Throughput raw = context.baseline().measure(limitTopic, context.option("limit-records", 200_000), eventBytes,
                new HashMap<>(context.producerOptions()));
        context.out().printf("Raw producer: %.0f records/s%n", raw.recordsPerSecond());
        return raw;
    }

    private String describe(BenchRound benchRound, Round round) {
        Throughput measured = benchRound.measured();
        ClosedLoopLoad.Result result = round.result();
        return ("round %d: %4d events per %s, %2d connection(s): %,8.0f events/s (%.2f of the raw producer), "
                + "%,7.0f %s/s, latency p50 %.1f ms, p99 %.1f ms, %d refused, worker CPU %.1f µs/event")
                .formatted(benchRound.number(), round.unitEvents(), unit, round.connections(),
                        measured.recordsPerSecond(), measured.recordsPerSecond() / benchRound.limit().recordsPerSecond(),
                        result.perSecond(), units, result.percentileMs(50), result.percentileMs(99), result.refused(),
                        round.cpuPerEvent() * 1e6);
    }
}
