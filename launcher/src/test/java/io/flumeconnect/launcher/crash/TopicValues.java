package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every value of a topic from the beginning into a {@link Tally}; with {@code read_committed} only what
 * committed transactions wrote (what a downstream consumer of an exactly-once source sees).
 */
final class TopicValues implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final Tally tally;

    TopicValues(String bootstrapServers, String topic, String prefix) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"),
                new StringDeserializer(), new StringDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        tally = new Tally(prefix);
    }

    Tally tally() {
        return tally;
    }

    /** Reads until at least {@code count} distinct values arrived. */
    void awaitDistinct(long count, Duration timeout) throws IOException, InterruptedException {
        Await.until(() -> {
            poll();
            return tally.distinct() >= count;
        }, timeout, () -> "only " + tally.distinct() + " of " + count + " distinct values");
    }

    /** Reads until values 1..{@code total} all arrived, then on to the end of every partition (late copies). */
    void awaitAll(long total, Duration timeout) throws IOException, InterruptedException {
        Await.until(() -> {
            poll();
            return tally.distinct() >= total && tally.hasAll(total);
        }, timeout, () -> "missing " + tally.missing(total) + " (" + tally.distinct() + " distinct)");
        catchUp(timeout);
    }

    /** Reads on to the end offsets every partition has now: then the tally holds everything committed so far. */
    void catchUp(Duration timeout) throws IOException, InterruptedException {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Await.until(() -> {
            poll();
            return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
        }, timeout, () -> "did not reach the end offsets " + end);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> tally.add(record.value()));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
