package io.flumeconnect.launcher.quickstart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The quickstart's connectors: every {@code *.json} in {@code config-examples/src/main/examples/quickstart/}
 * ({@code {"name": ..., "config": {...}}}, as {@code POST /connectors} takes it), in file-name order, with
 * {@value #DIR_PLACEHOLDER} replaced by the run's directory.
 */
public record QuickstartPipeline(List<Connector> connectors) {
    public static final String DIR_PLACEHOLDER = "${quickstart.dir}";
    public static final String EXAMPLES = "config-examples/src/main/examples/quickstart";
    /** Where, below the run's directory, the examples' source tails and their sink writes. */
    public static final String LOG_FILE = "logs/app.log";
    public static final String SINK_DIR = "sink";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One connector's name and config. */
    public record Connector(String name, Map<String, String> config, Path source) {
    }

    public static QuickstartPipeline load(Path flumeHome, Path runDir) throws IOException {
        Path dir = flumeHome.resolve(EXAMPLES);
        List<Connector> connectors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                connectors.add(read(file, runDir));
            }
        }
        if (connectors.isEmpty()) {
            throw new IOException("no quickstart connectors (*.json) in " + dir);
        }
        return new QuickstartPipeline(connectors);
    }

    private static Connector read(Path file, Path runDir) throws IOException {
        String text = Files.readString(file).replace(DIR_PLACEHOLDER, runDir.toAbsolutePath().toString());
        JsonNode node = JSON.readTree(text);
        if (!node.hasNonNull("name") || !node.path("config").isObject()) {
            throw new IOException(file + ": expected {\"name\": ..., \"config\": {...}}");
        }
        Map<String, String> config = JSON.convertValue(node.get("config"), new TypeReference<LinkedHashMap<String, String>>() { });
        return new Connector(node.get("name").asText(), config, file);
    }

    /** The topics the connectors read or write ({@code topic}, {@code topics}): the broker does not auto-create them. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        for (Connector connector : connectors) {
            for (String key : List.of("topic", "topics")) {
                String value = connector.config().get(key);
                if (value != null) {
                    Stream.of(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(topics::add);
                }
            }
        }
        return topics;
    }
}
