package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileGlobTest {
    @TempDir
    Path dir;

    @Test
    void starAndQuestionMarkStayWithinADirectory() {
        FileGlob glob = FileGlob.of("files", "/var/log/app-?.log*");
        assertThat(glob.matches(Path.of("/var/log/app-1.log"))).isTrue();
        assertThat(glob.matches(Path.of("/var/log/app-1.log.2.gz"))).isTrue();
        assertThat(glob.matches(Path.of("/var/log/app-12.log"))).isFalse();
        assertThat(glob.matches(Path.of("/var/log/x/app-1.log"))).isFalse();
    }

    @Test
    void doubleStarCrossesDirectoriesIncludingNone() {
        FileGlob glob = FileGlob.of("files", "/srv/**/logs/*.log");
        assertThat(glob.matches(Path.of("/srv/logs/a.log"))).isTrue();
        assertThat(glob.matches(Path.of("/srv/a/logs/a.log"))).isTrue();
        assertThat(glob.matches(Path.of("/srv/a/b/c/logs/a.log"))).isTrue();
        assertThat(glob.matches(Path.of("/srv/a/b/c/logs/a.txt"))).isFalse();
    }

    @Test
    void listsMatchingRegularFilesOnly() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve("x.log"));
        Files.writeString(dir.resolve("top.log"), "");
        Files.writeString(dir.resolve("a/b/deep.log"), "");
        Files.writeString(dir.resolve("a/other.txt"), "");

        assertThat(FileGlob.of("files", dir + "/**/*.log").list((path, e) -> { }))
                .containsExactlyInAnyOrder(dir.resolve("top.log"), dir.resolve("a/b/deep.log"));
        assertThat(FileGlob.of("files", dir + "/*.log").list((path, e) -> { })).containsExactly(dir.resolve("top.log"));
        assertThat(FileGlob.of("files", dir + "/missing/*.log").list((path, e) -> { })).isEmpty();
    }

    @Test
    void relativeGlobsAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> FileGlob.of("filegroups.a", "logs/*.log"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("filegroups.a").hasMessageContaining("absolute");
    }
}
