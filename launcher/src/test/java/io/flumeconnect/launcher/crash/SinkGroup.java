package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * A sink connector's consumer group ({@code connect-NAME}) as the broker sees it: the offsets its tasks committed,
 * and which partitions a task's consumer holds.
 */
final class SinkGroup implements AutoCloseable {
    private final Admin admin;
    private final String group;
    private final String connector;

    SinkGroup(String bootstrapServers, String connector) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.group = "connect-" + connector;
        this.connector = connector;
    }

    /** Committed offset per partition number (partitions without a commit are absent). */
    Map<Integer, Long> committed() throws IOException, InterruptedException {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(entry -> entry.getValue() != null)
                    .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IOException("offsets of group " + group, e.getCause());
        }
    }

    /** The partitions assigned to task {@code task}'s consumer (client id {@code connector-consumer-NAME-TASK}). */
    Set<Integer> partitionsOf(int task) throws IOException, InterruptedException {
        String clientId = "connector-consumer-" + connector + "-" + task;
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(Set.of(group)).all().get().get(group);
            return description.members().stream().filter(member -> member.clientId().equals(clientId))
                    .flatMap(member -> member.assignment().topicPartitions().stream())
                    .map(TopicPartition::partition).collect(Collectors.toSet());
        } catch (ExecutionException e) {
            throw new IOException("members of group " + group, e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
