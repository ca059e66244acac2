package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MachineCpuTest {
    @Test
    void busyTimeIsUserNiceSystemIrqAndSoftirqTicksAtAHundredASecond() {
        // user 4183076, nice 2364, system 530699, idle 2444311, iowait 9990, irq 7, softirq 27002, steal 97507, guest 0 0
        String line = "cpu  4183076 2364 530699 2444311 9990 7 27002 97507 0 0";

        assertThat(MachineCpu.busy(line)).isEqualTo(Duration.ofMillis((4183076L + 2364 + 530699 + 7 + 27002) * 10));
    }

    @Test
    void idleIowaitStealAndGuestAreNotCounted() {
        assertThat(MachineCpu.busy("cpu  0 0 0 500 600 0 0 700 800 900")).isEqualTo(Duration.ZERO);
    }

    @Test
    void aPerCoreLineOrAnythingElseIsRefused() {
        assertThatThrownBy(() -> MachineCpu.busy("cpu0 1 2 3 4 5 6 7 8 9 10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpu0");
        assertThatThrownBy(() -> MachineCpu.busy("cpu 1 2 3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MachineCpu.busy(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thisMachinesBusyTimeGrowsWithWork() throws Exception {
        Duration before = MachineCpu.busy();
        long spin = System.nanoTime() + 100_000_000;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }

        assertThat(MachineCpu.busy()).as("after spinning 100 ms (%s)", sink).isGreaterThan(before);
    }
}
