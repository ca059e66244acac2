package io.flumeconnect.aggregator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigException;

/**
 * Before the application starts: the input, output and dead-letter topics must exist. Kafka Streams creates
 * only its internal topics; without this check a missing output topic would be found only when the first
 * aggregate is sent, as a transaction failing again and again.
 */
final class TopicCheck {
    private final AggregatorConfig config;

    TopicCheck(AggregatorConfig config) {
        this.config = config;
    }

    /** Fails naming the key and the topic when one is missing, or when the cluster cannot be reached. */
    void requireTopics() throws InterruptedException {
        Map<String, String> required = new LinkedHashMap<>();
        config.inputTopics.forEach(topic -> required.put(topic, AggregatorConfig.INPUT_TOPICS_CONFIG));
        required.put(config.outputTopic, AggregatorConfig.OUTPUT_TOPIC_CONFIG);
        required.put(config.deadLetterTopic, AggregatorConfig.DEAD_LETTER_TOPIC_CONFIG);
        Set<String> existing = existingTopics();
        required.forEach((topic, key) -> {
            if (!existing.contains(topic)) {
                throw new ConfigException(key, topic, "no such topic on " + bootstrapServers() + "; create it first "
                        + "(the aggregator creates only its internal topics)");
            }
        });
    }

    private Set<String> existingTopics() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            return admin.listTopics().names().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ConfigException(AggregatorConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    "cannot list the topics of this cluster: " + e);
        }
    }

    private String bootstrapServers() {
        return config.getString(AggregatorConfig.BOOTSTRAP_SERVERS_CONFIG);
    }
}
