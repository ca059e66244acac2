package io.flumeconnect.launcher.migrate.mapping;

/** One key of the flume.conf, as written ({@code a1.sinks.k1.hdfs.path}), and what became of it. */
public record KeyOutcome(String key, int line, String value, KeyStatus status, String detail) {
}
