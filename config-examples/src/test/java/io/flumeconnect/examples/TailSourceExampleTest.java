package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tail source's packaged example and its page give one glob, and it covers what rotation makes of a log
 * (the live file, renamed and compressed copies), which the connector reads without delivering a line twice.
 */
class TailSourceExampleTest {
    private static final Path EXAMPLE = Example.root().resolve("connect-sources/tail-source.json");

    @Test
    void theShippedGlobIsTheOneTheDocsRecommendAndCoversRotatedFiles(@TempDir Path dir) throws Exception {
        String files = Example.load(EXAMPLE, dir).config().get("files");
        assertThat(files).isEqualTo("/var/log/app/*.log*");

        String page = Files.readString(Example.root().resolve("../../../../docs/tail-source.md").normalize());
        assertThat(page).contains("\"files\": \"" + files + "\"");

        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + files);
        for (String name : new String[] {"app.log", "app.log.1", "app.log.2.gz", "web.log-20261203.gz"}) {
            assertThat(glob.matches(Path.of("/var/log/app", name))).as(name).isTrue();
        }
    }

    /** String headers are the same bytes through either converter; StringConverter skips SimpleHeaderConverter's copy. */
    @Test
    void theShippedExampleEncodesFlumeHeadersWithTheCheaperConverterOfTheSameBytes(@TempDir Path dir) throws Exception {
        String converter = Example.load(EXAMPLE, dir).config().get("header.converter");
        assertThat(converter).isEqualTo("org.apache.kafka.connect.storage.StringConverter");
        assertThat(Files.readString(Example.root().resolve("../../../../docs/tail-source.md").normalize()))
                .contains("\"header.converter\": \"" + converter + "\"");
    }
}
