package io.flumeconnect.launcher.migrate.mapping;

/** How names and topics are made: the prefix of every topic, and the topics' partitions and replication. */
public record MigrationOptions(String topicPrefix, int partitions, short replicationFactor) {
    public static final String DEFAULT_PREFIX = "flume-";

    public static MigrationOptions defaults() {
        return new MigrationOptions(DEFAULT_PREFIX, 1, (short) 1);
    }
}
