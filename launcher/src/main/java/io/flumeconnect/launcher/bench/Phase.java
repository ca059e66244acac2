package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import io.flumeconnect.launcher.process.ThreadCpu;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One timed part of a benchmark: its throughput, and the CPU time spent over it by the worker's process and by the
 * whole machine (all cores, {@link MachineCpu}). The worker's is empty for a phase the worker takes no part in (a
 * database's own bulk load). Per row, the machine's figure is what the phase costs wherever it runs: the worker, the
 * broker, the database, the benchmark's own client. The CPU time of the worker's task threads ({@link ThreadCpu})
 * against the wall time says how busy a connector's task thread was: a sink whose task thread is far from busy waits
 * (for its database) rather than computes.
 */
record Phase(String name, Throughput throughput, Optional<Duration> workerCpu, Duration machineCpu,
             Optional<Duration> taskThreadCpu) {
    Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(throughput, "throughput");
        Objects.requireNonNull(workerCpu, "workerCpu");
        Objects.requireNonNull(machineCpu, "machineCpu");
        Objects.requireNonNull(taskThreadCpu, "taskThreadCpu");
    }

    Phase(String name, Throughput throughput, Optional<Duration> workerCpu, Duration machineCpu) {
        this(name, throughput, workerCpu, machineCpu, Optional.empty());
    }

    /** The clocks at one moment: wall time, the worker's CPU time and the machine's, and the worker's threads' if read. */
    record Mark(long nanos, Duration workerCpu, Duration machineCpu, Optional<ThreadCpu> workerThreads) {
        Mark(long nanos, Duration workerCpu, Duration machineCpu) {
            this(nanos, workerCpu, machineCpu, Optional.empty());
        }

        static Mark now(JavaProcess worker) throws IOException {
            return new Mark(System.nanoTime(), worker.cpuTime(), MachineCpu.busy(), Optional.of(ThreadCpu.of(worker.pid())));
        }

        /** The phase from this mark to {@code end}, over {@code records} holding {@code bytes}; the worker's CPU counted. */
        Phase until(Mark end, String name, long records, long bytes) {
            Optional<Duration> task = workerThreads.flatMap(start -> end.workerThreads.map(
                    threads -> threads.since(start).get("task")));
            return new Phase(name, throughput(end, records, bytes), Optional.of(end.workerCpu.minus(workerCpu)),
                    end.machineCpu.minus(machineCpu), task);
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

    /** The share of the wall time the worker's task thread(s) spent on a CPU, where read. */
    Optional<Double> taskThreadBusy() {
        return taskThreadCpu.map(cpu -> (double) cpu.toNanos() / throughput.elapsed().toNanos());
    }

    /** {@code NAME: 12,345 rows/s, worker 6.1 µs CPU/row, machine 15.2 µs CPU/row[, task thread busy 62%]}. */
    @Override
    public String toString() {
        return "%s: %,.0f rows/s, worker %s CPU/row, machine %.1f µs CPU/row%s".formatted(name, rowsPerSecond(),
                workerMicrosPerRow().map("%.1f µs"::formatted).orElse("-"), machineMicrosPerRow(),
                taskThreadBusy().map(busy -> ", task thread busy %.0f%%".formatted(busy * 100)).orElse(""));
    }
}
