package io.flumeconnect.launcher.bench;

import java.util.Objects;

/**
 * The most rows a second any sink can write on this machine, from CPU alone: each row costs at least what the Connect
 * runtime spends on it (the {@code ceiling}'s machine CPU per row: broker, fetch, converter, {@code put}) plus what
 * taking it in costs the database ({@code bulkLoad}'s machine CPU per row: the database and a client streaming the
 * rows), and the machine has {@code cores} seconds of CPU a second. Meaningful on an otherwise idle machine only:
 * machine CPU counts every process.
 */
record CpuBound(int cores, Phase ceiling, Phase bulkLoad) {
    CpuBound {
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(bulkLoad, "bulkLoad");
    }

    double microsPerRow() {
        return ceiling.machineMicrosPerRow() + bulkLoad.machineMicrosPerRow();
    }

    double rowsPerSecond() {
        return cores * 1e6 / microsPerRow();
    }

    /** The bound over the ceiling's rows/s: below 0.9, 0.9 of the ceiling cannot be reached on this machine. */
    double againstCeiling() {
        return rowsPerSecond() / ceiling.rowsPerSecond();
    }

    @Override
    public String toString() {
        return ("on %d cores a sink needs at least %.1f (the ceiling's) + %.1f (%s's) = %.1f µs machine CPU/row: "
                + "at most %,.0f rows/s, %.2f x the ceiling (%,.0f rows/s)").formatted(cores,
                ceiling.machineMicrosPerRow(), bulkLoad.machineMicrosPerRow(), bulkLoad.name(), microsPerRow(),
                rowsPerSecond(), againstCeiling(), ceiling.rowsPerSecond());
    }
}
