package io.flumeconnect.transforms.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowStoreTest {
    private static final int MAX_OPEN = 20;

    @Test
    void holdsAtMostTheLimitOfOpenAndWaitingWindowsAndLosesNoCount() {
        WindowStore store = new WindowStore(1_000, 300, MAX_OPEN, 0);
        Random random = new Random(42);
        long time = 0;
        long added = 0;
        long emitted = 0;
        for (int i = 0; i < 20_000; i++) {
            time += random.nextInt(50);
            long eventTime = time - random.nextInt(400);
            if (store.isLate(eventTime)) {
                continue;
            }
            store.add(eventTime, List.of("g" + random.nextInt(50)), new Double[0]);
            added++;
            ClosedWindow window = store.nextClosed();
            emitted += window == null ? 0 : window.totals().count();
            assertThat(store.openWindows() + store.closedWindows()).isLessThanOrEqualTo(MAX_OPEN);
        }
        store.add(time + 1_000_000, List.of("last"), new Double[0]);
        for (ClosedWindow window = store.nextClosed(); window != null; window = store.nextClosed()) {
            emitted += window.totals().count();
        }
        assertThat(store.openWindows()).isEqualTo(1);
        assertThat(emitted).as("every record added is counted once, in a window closed on time or early")
                .isEqualTo(added);
    }
}
