package io.flumeconnect.launcher.migrate.mapping;

import java.util.List;

/** A topic to create, and the Flume channels whose events it carries. */
public record TopicDef(String name, int partitions, short replicationFactor, List<String> channels) {
}
