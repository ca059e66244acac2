package io.flumeconnect.launcher.migrate.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code connectors/NAME.json} per connector as {@code {"name": ..., "config": {...}}}: what
 * {@code POST /connectors} takes, and {@code jq .config} gives what {@code PUT /connectors/NAME/config} takes.
 */
public final class ConnectorJsonWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConnectorJsonWriter() {
    }

    public static String json(ConnectorDef connector) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", connector.name());
        ObjectNode config = root.putObject("config");
        connector.config().forEach(config::put);
        return JSON.writeValueAsString(root) + "\n";
    }

    public static Path write(ConnectorDef connector, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(connector.name() + ".json"), json(connector));
    }
}
