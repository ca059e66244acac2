package io.flumeconnect.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void aStatLineGivesTheThreadsNameAndItsUserAndSystemTicks() {
        String stat = "4242 (kafka-producer-) S 1 1 1 0 -1 4194368 10 0 0 0 250 30 0 0 20 0 40 0 1234 0 0";

        ThreadCpu.ThreadStat parsed = ThreadCpu.ThreadStat.parse("4242", stat);

        assertThat(parsed.key()).isEqualTo("4242 kafka-producer-");
        assertThat(parsed.ticks()).isEqualTo(280);
    }

    @Test
    void aNameWithSpacesAndParenthesesEndsAtTheLastParenthesis() {
        String stat = "7 (G1 Conc#0 (x)) R 1 1 1 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 1 0 0";

        assertThat(ThreadCpu.ThreadStat.parse("7", stat)).isEqualTo(new ThreadCpu.ThreadStat("7 G1 Conc#0 (x)", 11));
    }

    @Test
    void threadsAreGroupedByTheirNamesAsLinuxKeepsThem() {
        assertThat(ThreadCpu.role("task-thread-cos")).isEqualTo("task");
        assertThat(ThreadCpu.role("kafka-producer-")).isEqualTo("network");
        assertThat(ThreadCpu.role("kafka-consumer-")).isEqualTo("network");
        assertThat(ThreadCpu.role("GC Thread#1")).isEqualTo("gc");
        assertThat(ThreadCpu.role("G1 Refine#0")).isEqualTo("gc");
        assertThat(ThreadCpu.role("VM Thread")).isEqualTo("gc");
        assertThat(ThreadCpu.role("C2 CompilerThre")).isEqualTo("jit");
        assertThat(ThreadCpu.role("pool-3-thread-1")).isEqualTo("other");
    }

    @Test
    void aBusyTaskThreadsTimeIsCountedUnderTask() throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        ThreadCpu before = ThreadCpu.of(pid);
        AtomicBoolean done = new AtomicBoolean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread busy = new Thread(() -> {
            long until = threads.getCurrentThreadCpuTime() + Duration.ofMillis(200).toNanos();
            while (threads.getCurrentThreadCpuTime() < until) {
                Thread.onSpinWait();
            }
            done.set(true);
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }, "task-thread-test");
        busy.start();
        while (!done.get()) {
            Thread.sleep(10);
        }

        Duration task = ThreadCpu.of(pid).since(before).get("task");
        busy.interrupt();
        busy.join();

        assertThat(task).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
}
