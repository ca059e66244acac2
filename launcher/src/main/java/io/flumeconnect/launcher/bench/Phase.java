package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One timed part of a benchmark: its throughput, and the CPU time spent over it by the worker's process and by the
 * whole machine (all cores, {@link MachineCpu}). The worker's is empty for a phase the worker takes no part in (a
 * database's own bulk load). Per row, the machine's figure is what the phase costs wherever it runs: the worker, the
 * broker, the database, the benchmark's own client.
 */
record Phase(String name, Throughput throughput, Optional<Duration> workerCpu, Duration machineCpu) {
    Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(workerCpu, "workerCpu");
        Objects.requireNonNull(machineCpu, "machineCpu");
    }

    /** The clocks at one moment: wall time, the worker's CPU time and the machine's. */
    record Mark(long nanos, Duration workerCpu, Duration machineCpu) {
        static Mark now(JavaProcess worker) throws IOException {
            return new Mark(System.nanoTime(), worker.cpuTime(), MachineCpu.busy());
        }

        /** The phase from this mark to {@code end}, over {@code records} holding {@code bytes}; the worker's CPU counted. */
        Phase until(Mark end, String name, long records, long bytes) {
            return new Phase(name, throughput(end, records, bytes), Optional.of(end.workerCpu.minus(workerCpu)),
                    end.machineCpu.minus(machineCpu));
        }

        /** As {@link #until}, for a phase the worker takes no part in. */
        Phase machineOnlyUntil(Mark end, String name, long records, long bytes) {
            return new Phase(name, throughput(end, records, bytes), Optional.empty(), end.machineCpu.minus(machineCpu));
        }

        private Throughput throughput(Mark end, long records, long bytes) {
            return new Throughput(records, bytes, Duration.ofNanos(end.nanos - nanos));
        }
    }

    double rowsPerSecond() {
        return throughput.recordsPerSecond();
    }

    /** Microseconds of the whole machine's CPU time per row. */
    double machineMicrosPerRow() {
        return machineCpu.toNanos() / 1e3 / throughput.records();
    }

    /** Microseconds of the worker process's CPU time per row, where the worker takes part. */
    Optional<Double> workerMicrosPerRow() {
        return workerCpu.map(cpu -> cpu.toNanos() / 1e3 / throughput.records());
    }

    /** {@code NAME: 12,345 rows/s, worker 6.1 µs CPU/row, machine 15.2 µs CPU/row}. */
    @Override
    public String toString() {
        return "%s: %,.0f rows/s, worker %s CPU/row, machine %.1f µs CPU/row".formatted(name, rowsPerSecond(),
                workerMicrosPerRow().map("%.1f µs"::formatted).orElse("-"), machineMicrosPerRow());
    }
}
