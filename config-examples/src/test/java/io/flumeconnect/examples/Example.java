package io.flumeconnect.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One connector example, {@code {"name": ..., "config": {...}}} as {@code POST /connectors} takes it, from
 * {@code config-examples/src/main/examples/<artifactId>/}. {@value #QUICKSTART_DIR} (used by the quickstart's
 * examples) is replaced by a directory given when loading.
 */
record Example(Path file, String name, Map<String, String> config) {
    static final String QUICKSTART_DIR = "${quickstart.dir}";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code *.json} below the examples directory, in path order. */
    static List<Path> files() throws IOException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Path root() {
        return Path.of(System.getProperty("flume.repo.root", ".")).resolve("config-examples/src/main/examples");
    }

    static Example load(Path file, Path quickstartDir) throws IOException {
        JsonNode node = JSON.readTree(Files.readString(file).replace(QUICKSTART_DIR, quickstartDir.toString()));
        if (node == null || !node.path("name").isTextual() || !node.path("config").isObject()) {
            throw new IOException(relative(file) + ": expected {\"name\": \"...\", \"config\": {...}}");
        }
        Map<String, String> config = JSON.convertValue(node.get("config"), new TypeReference<Map<String, String>>() { });
        return new Example(file, node.get("name").asText(), config);
    }

    /** The file's path below the examples directory, e.g. {@code file-sink/file-sink.json}. */
    static String relative(Path file) {
        return root().relativize(file).toString();
    }

    String connectorClass() {
        return config.get("connector.class");
    }
}
