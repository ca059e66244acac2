package io.flumeconnect.launcher.migrate.rest;

import io.flumeconnect.launcher.migrate.mapping.TopicDef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the migration's topics on the Kafka cluster (Connect's REST API does not create topics). */
public final class TopicCreator {
    private TopicCreator() {
    }

    /** Creates every topic that does not exist; returns the names created (existing ones are left as they are). */
    public static List<String> create(String bootstrapServers, List<TopicDef> topics)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get();
            List<TopicDef> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            try {
                admin.createTopics(missing.stream()
                        .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactor())).toList()).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            return missing.stream().map(TopicDef::name).toList();
        }
    }
}
