package io.flumeconnect.launcher.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces numbered values ({@code rec-0000001}, or a text made from the number) round-robin over a topic's
 * partitions, in acknowledged chunks, until stopped. Idempotent with {@code acks=all}: each value is in the topic
 * exactly once.
 */
final class NumberedProducer extends NumberedFeed {
    static final String PREFIX = "rec";

    private final String bootstrapServers;
    private final String topic;
    private final int partitions;
    private final LongFunction<String> value;

    NumberedProducer(String bootstrapServers, String topic, int partitions) {
        this(bootstrapServers, topic, partitions, n -> Tally.value(PREFIX, n));
    }

    /** Produces {@code value.apply(n)} for n = 1, 2, ... */
    NumberedProducer(String bootstrapServers, String topic, int partitions, LongFunction<String> value) {
        super("numbered-producer");
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.partitions = partitions;
        this.value = value;
    }

    @Override
    protected void feed() throws InterruptedException, ExecutionException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new StringSerializer())) {
            while (!stopped()) {
                long first = fed() + 1;
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                for (long n = first; n < first + 300; n++) {
                    acks.add(producer.send(new ProducerRecord<>(topic, (int) (n % partitions), null, value.apply(n))));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
                fed(300);
                Thread.sleep(50);
            }
        }
    }
}
