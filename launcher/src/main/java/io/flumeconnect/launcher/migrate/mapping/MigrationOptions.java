package io.flumeconnect.launcher.migrate.mapping;

/**
 * How names and topics are made (the prefix of every topic, the topics' partitions and replication) and where the
 * workers find the secrets file the connectors refer to.
 */
public record MigrationOptions(String topicPrefix, int partitions, short replicationFactor, String secretsFile) {
    public static final String DEFAULT_PREFIX = "flume-";
}
