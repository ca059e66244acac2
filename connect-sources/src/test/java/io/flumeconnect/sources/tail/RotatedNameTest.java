package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RotatedNameTest {
    @Test
    void rotatedNamesAreRecognised() {
        for (String name : new String[] {"app.log.1", "app.log.2.gz", "app.log-20261203", "app-2026-12-03.log",
                "access.log.20261203-1", "x.gz"}) {
            assertThat(RotatedName.why(Path.of("/logs", name))).as(name).isNotNull();
        }
        for (String name : new String[] {"app.log", "app-server.log", "access_log"}) {
            assertThat(RotatedName.why(Path.of("/logs", name))).as(name).isNull();
        }
    }
}
