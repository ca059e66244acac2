package io.flumeconnect.launcher.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartPipelineTest {
    @TempDir
    Path home;

    @Test
    void connectorsInFileOrderWithTheRunDirectoryFilledInAndTheirTopics() throws Exception {
        Path examples = Files.createDirectories(home.resolve(QuickstartPipeline.EXAMPLES));
        Files.writeString(examples.resolve("20-sink.json"), """
                {"name": "sink", "config": {"connector.class": "S", "topics": "a, b", "file.dir": "${quickstart.dir}/sink"}}
                """);
        Files.writeString(examples.resolve("10-source.json"), """
                {"name": "source", "config": {"connector.class": "T", "topic": "a", "files": "${quickstart.dir}/logs/*.log"}}
                """);

        QuickstartPipeline pipeline = QuickstartPipeline.load(home, Path.of("/run"));

        assertThat(pipeline.connectors()).extracting(QuickstartPipeline.Connector::name).containsExactly("source", "sink");
        assertThat(pipeline.connectors().get(0).config()).containsEntry("files", "/run/logs/*.log");
        assertThat(pipeline.topics()).containsExactly("a", "b");
    }

    @Test
    void aFileThatIsNotAConnectorIsNamed() throws Exception {
        Path examples = Files.createDirectories(home.resolve(QuickstartPipeline.EXAMPLES));
        Files.writeString(examples.resolve("bad.json"), "{\"config\": {}}");

        assertThatThrownBy(() -> QuickstartPipeline.load(home, Path.of("/run")))
                .hasMessageContaining("bad.json: expected {\"name\": ..., \"config\": {...}}");
    }
}
