package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU time of a process's threads by role, from Linux's {@code /proc/PID/task/TID/stat}: what a phase of a
 * benchmark spent in the task thread, the producer's or consumer's network thread, the garbage collector and the JIT
 * compilers. Where a process's CPU per record moves between rounds, this says which of them moved. Threads are
 * grouped by their name as Linux keeps it (the first 15 characters of the JVM's and Kafka's names); a thread that
 * ends between two snapshots loses its time.
 */
public final class ThreadCpu {
    /** The roles, in the order they are printed, each with the thread names it covers. */
    private static final Map<String, Pattern> ROLES = roles();
    private static final String OTHER = "other";
    /** {@code /proc}'s clock ticks: 100 per second on Linux ({@code getconf CLK_TCK}). */
    private static final long NANOS_PER_TICK = 10_000_000;

    private final Map<String, Long> ticksByThread;

    private ThreadCpu(Map<String, Long> ticksByThread) {
        this.ticksByThread = ticksByThread;
    }

    private static Map<String, Pattern> roles() {
        Map<String, Pattern> roles = new LinkedHashMap<>();
        roles.put("task", Pattern.compile("task-thread-.*"));
        roles.put("network", Pattern.compile("kafka-(producer|consumer)-.*"));
        roles.put("gc", Pattern.compile("GC Thread.*|G1 .*|VM Thread"));
        roles.put("jit", Pattern.compile("C[12] Compiler.*"));
        return roles;
    }

    /** The CPU time of each thread of {@code pid} now; empty where {@code /proc} is not there. */
    public static ThreadCpu of(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads.toList()) {
                ThreadStat stat = read(thread.resolve("stat"));
                if (stat != ThreadStat.NONE) {
                    ticks.put(stat.key(), stat.ticks());
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(Map.of());
        }
        return new ThreadCpu(ticks);
    }

    private static ThreadStat read(Path stat) {
        try {
            return ThreadStat.parse(stat.getParent().getFileName().toString(), Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return ThreadStat.NONE;
        }
    }

    /** The CPU time spent since {@code earlier}, by role ({@code task}, {@code network}, {@code gc}, {@code jit}, {@code other}). */
    public Map<String, Duration> since(ThreadCpu earlier) {
        Map<String, Duration> byRole = new LinkedHashMap<>();
        ROLES.keySet().forEach(role -> byRole.put(role, Duration.ZERO));
        byRole.put(OTHER, Duration.ZERO);
        ticksByThread.forEach((thread, ticks) -> {
            long spent = ticks - earlier.ticksByThread.getOrDefault(thread, 0L);
            byRole.merge(role(thread.substring(thread.indexOf(' ') + 1)), Duration.ofNanos(spent * NANOS_PER_TICK),
                    Duration::plus);
        });
        return byRole;
    }

    static String role(String threadName) {
        return ROLES.entrySet().stream().filter(role -> role.getValue().matcher(threadName).matches())
                .map(Map.Entry::getKey).findFirst().orElse(OTHER);
    }

    /** One thread's line of {@code /proc/PID/task/TID/stat}: its name and its user + system ticks. */
    record ThreadStat(String key, long ticks) {
        /** A thread whose line could not be read (it ended meanwhile). */
        static final ThreadStat NONE = new ThreadStat(null, 0);

        /** {@code stat}: {@code tid (name) state ...} ({@link ProcStat}). */
        static ThreadStat parse(String tid, String stat) {
            String[] fields = ProcStat.fieldsAfterName(stat);
            // after the name: state is field 3 of proc(5), utime field 14, stime field 15
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new ThreadStat(tid + " " + ProcStat.name(stat), ticks);
        }
    }
}
