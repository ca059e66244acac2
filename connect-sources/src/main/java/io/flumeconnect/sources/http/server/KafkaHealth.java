package io.flumeconnect.sources.http.server;

/**
 * Whether Kafka is taking this task's records, as the task sees it: a task has no client of its own to ask, so it
 * judges by its requests. Down from a request that Kafka did not acknowledge in time until one that it did.
 */
final class KafkaHealth {
    private volatile boolean failing;

    void acknowledged() {
        failing = false;
    }

    void notAcknowledged() {
        failing = true;
    }

    boolean up() {
        return !failing;
    }
}
