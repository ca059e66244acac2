package io.flumeconnect.launcher.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The limit a connector is compared with: how fast a plain {@link KafkaProducer} writes the same number of
 * records of the same size to the same broker. Defaults to {@code acks=all}, as a Connect worker's
 * producers use; pass other producer settings to match what the benchmark's connector uses.
 */
public final class RawProducerBaseline {
    private final String bootstrapServers;

    RawProducerBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes {@code records} records of {@code recordSize} value bytes to {@code topic} with {@code acks=all}. */
    public Throughput measure(String topic, long records, int recordSize) throws IOException {
        return measure(topic, records, recordSize, Map.of());
    }

    /**
     * Writes {@code records} records of {@code recordSize} value bytes (printable ASCII, no key) to
     * {@code topic}, which must exist, and waits until every one is acknowledged. A tenth as many records
     * go first, untimed, to warm up the producer and this JVM. {@code producerSettings} override the
     * defaults ({@code acks=all}).
     */
    public Throughput measure(String topic, long records, int recordSize, Map<String, Object> producerSettings)
            throws IOException {
        byte[] value = payload(recordSize);
        try (KafkaProducer<byte[], byte[]> producer = producer(producerSettings)) {
            send(producer, topic, records / 10, value);
            long start = System.nanoTime();
            send(producer, topic, records, value);
            return Throughput.since(start, records, records * recordSize);
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, long records, byte[] value)
            throws IOException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (long i = 0; i < records && failure.get() == null; i++) {
            producer.send(new ProducerRecord<>(topic, value), (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IOException("raw producer baseline to " + topic + " failed", failure.get());
        }
    }

    private KafkaProducer<byte[], byte[]> producer(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putAll(overrides);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Printable ASCII, like log lines, so compression settings behave as they would on real data. */
    static byte[] payload(int size) {
        Random random = new Random(size);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (' ' + random.nextInt(95));
        }
        return bytes;
    }
}
