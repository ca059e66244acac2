package io.flumeconnect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The container recipes in packaging/container (no Docker engine here to build them): the Dockerfile starts
 * from the official Kafka image at the pinned version and copies exactly the archives this build produces,
 * one per shipped plugin; the Strimzi KafkaConnect lists every shipped plugin with a zip artifact of its name.
 */
class ContainerRecipesIT {
    private static final Path ROOT = BuildOutput.ROOT;
    private static final Path CONTAINER = ROOT.resolve("packaging/container");
    private static final String TARGET = BuildOutput.TARGET;
    private static final Pattern KAFKA_VERSION = Pattern.compile("<kafka.version>([^<]+)</kafka.version>");

    @Test
    void theDockerfileCopiesTheArchivesOfEveryShippedPluginOntoTheOfficialKafkaImage() throws IOException {
        String dockerfile = Files.readString(CONTAINER.resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG KAFKA_VERSION=" + kafkaVersion() + "\n")
                .contains("FROM apache/kafka:${KAFKA_VERSION}\n");

        Set<String> copied = new TreeSet<>();
        for (String glob : copiedArchives(dockerfile)) {
            List<Path> matches = archivesMatching(glob.replace("/target/", "/" + TARGET + "/"));
            assertThat(matches).as("archives matching %s", glob).hasSize(1);
            copied.add(matches.get(0).getParent().resolve("plugin-path").toString());
        }
        assertThat(copied).as("every shipped plugin is in the image").hasSameSizeAs(shippedPlugins());
    }

    @Test
    void theStrimziResourceBuildsAnImageWithEveryShippedPlugin() throws IOException {
        JsonNode connect = new ObjectMapper(new YAMLFactory()).readTree(CONTAINER.resolve("strimzi-kafka-connect.yaml").toFile());
        assertThat(connect.path("kind").asText()).isEqualTo("KafkaConnect");
        assertThat(connect.path("apiVersion").asText()).startsWith("kafka.strimzi.io/");
        assertThat(connect.at("/spec/version").asText()).isEqualTo(kafkaVersion());

        Set<String> listed = new TreeSet<>();
        for (JsonNode plugin : connect.at("/spec/build/plugins")) {
            String name = plugin.path("name").asText();
            JsonNode artifact = plugin.path("artifacts").path(0);
            assertThat(artifact.path("type").asText()).isEqualTo("zip");
            assertThat(artifact.path("url").asText()).as("the archive of %s", name)
                    .matches("https://.*/" + Pattern.quote(name) + "-[0-9][^/]*\\.zip");
            listed.add(name);
        }
        assertThat(listed).isEqualTo(shippedPlugins());
    }

    private static List<String> copiedArchives(String dockerfile) {
        List<String> globs = new ArrayList<>();
        Matcher archive = Pattern.compile("(\\S+/target/\\S+\\.zip)").matcher(dockerfile.replace("\\\n", " "));
        while (archive.find()) {
            globs.add(archive.group(1));
        }
        return globs;
    }

    private static List<Path> archivesMatching(String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path dir = ROOT.resolve(glob.substring(0, glob.lastIndexOf('/')));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> matcher.matches(ROOT.relativize(file))).toList();
        }
    }

    private static Set<String> shippedPlugins() throws IOException {
        return BuildOutput.shippedPluginDirs().stream().map(dir -> dir.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String kafkaVersion() throws IOException {
        Matcher version = KAFKA_VERSION.matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).as("<kafka.version> in the parent pom").isTrue();
        return version.group(1);
    }
}
