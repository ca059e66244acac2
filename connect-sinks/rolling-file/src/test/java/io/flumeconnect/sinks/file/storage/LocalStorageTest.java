package io.flumeconnect.sinks.file.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhereADirectoryMustBeMakesThePathUnusable() throws IOException {
        LocalStorage storage = new LocalStorage(dir);
        Files.writeString(dir.resolve("host"), "a file");
        assertThatThrownBy(() -> storage.create("host/.x.tmp")).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("'host'").hasMessageContaining("is a file");
        assertThatThrownBy(() -> storage.create("host/deeper/.x.tmp")).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("'host'");
        storage.create("other/.x.tmp").close();
        assertThat(storage.list()).containsExactlyInAnyOrder("host", "other/.x.tmp");
    }

    @Test
    void limitsAreLinuxNamesAndPathsBelowTheRoot() throws IOException {
        PathLimits limits = new LocalStorage(dir).limits();
        assertThat(limits.segmentBytes()).isEqualTo(255);
        assertThat(limits.pathBytes()).isEqualTo(4095 - dir.toAbsolutePath().normalize().toString().length() - 1);
    }

    @Test
    void pathLimitsCountBytesNotCharacters() throws IOException {
        PathLimits limits = new PathLimits(255, 300);
        String emoji = "\uD83D\uDE00".repeat(64);                      // 64 characters, 256 bytes
        assertThatThrownBy(() -> limits.check("ok/" + emoji)).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("256 bytes, more than the 255");
        assertThat(limits.check("ok/" + "\uD83D\uDE00".repeat(63))).startsWith("ok/");
        assertThatThrownBy(() -> limits.check("a/".repeat(151))).hasMessageContaining("more than the 300");
    }
}
