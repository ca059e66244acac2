package io.flumeconnect.launcher.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time the whole machine has spent busy so far, all cores, from the {@code cpu} line of {@code /proc/stat}
 * (Linux): user, nice, system, irq and softirq. Idle, iowait and steal are not work done here; guest time is already
 * inside user.
 */
final class MachineCpu {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** {@code /proc/stat} counts in USER_HZ ticks, 100 a second on every Linux architecture Java runs on. */
    private static final long NANOS_PER_TICK = 10_000_000;

    private MachineCpu() {
    }

    /** The busy CPU time of all cores since boot. */
    static Duration busy() throws IOException {
        try (BufferedReader stat = Files.newBufferedReader(PROC_STAT)) {
            return busy(stat.readLine());
        }
    }

    /** The busy CPU time in {@code /proc/stat}'s first line: {@code cpu user nice system idle iowait irq softirq ...}. */
    static Duration busy(String cpuLine) {
        String[] fields = cpuLine == null ? new String[0] : cpuLine.trim().split("\\s+");
        if (fields.length < 8 || !fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + cpuLine);
        }
        long ticks = 0;
        for (int field : new int[] {1, 2, 3, 6, 7}) {
            ticks += Long.parseLong(fields[field]);
        }
        return Duration.ofNanos(ticks * NANOS_PER_TICK);
    }
}
