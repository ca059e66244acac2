package io.flumeconnect.launcher.migrate.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flumeconnect.launcher.migrate.mapping.TopicDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code topics.json}: each topic to create with its partitions, replication factor and channels. */
public final class TopicsWriter {
    private TopicsWriter() {
    }

    public static String json(List<TopicDef> topics) throws IOException {
        ArrayNode array = ConnectorJsonWriter.JSON.createArrayNode();
        for (TopicDef topic : topics) {
            ObjectNode node = array.addObject();
            node.put("name", topic.name());
            node.put("partitions", topic.partitions());
            node.put("replication.factor", topic.replicationFactor());
            topic.channels().forEach(node.putArray("channels")::add);
        }
        return ConnectorJsonWriter.JSON.writeValueAsString(array) + "\n";
    }

    public static Path write(List<TopicDef> topics, Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("topics.json"), json(topics));
    }
}
