package io.flumeconnect.sinks.file.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What the file and HDFS sink integration tests check the same way: numbered events {@code event-N}
 * produced round-robin over a topic's partitions, then waits until the committed files hold each event
 * exactly once and no temporary file is left. The sink's storage is seen through {@link SinkFiles}.
 */
public final class ExactlyOnceCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** The sink's files, read from its storage. */
    public interface SinkFiles {
        List<String> committedLines();

        List<String> temporaryFiles();
    }

    private final ConnectTestCluster cluster;
    private final String topic;
    private final int partitions;
    private final SinkFiles files;

    public ExactlyOnceCheck(ConnectTestCluster cluster, String topic, int partitions, SinkFiles files) {
        this.cluster = cluster;
        this.topic = topic;
        this.partitions = partitions;
        this.files = files;
    }

    /** Produces {@code event-from} .. {@code event-(to-1)}, event N to partition N % partitions. */
    public void produce(int from, int to) {
        try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(Map.of())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, null, ("event-" + i).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    public void awaitCommittedLines(int count) throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> files.committedLines().size() >= count, TIMEOUT,
                () -> "committed files hold fewer than " + count + " lines");
    }

    /** Waits until the committed files hold {@code count} lines, then checks they are event-0 .. event-(count-1), once each. */
    public void awaitExactlyOnce(int count) throws InterruptedException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("event-" + i);
        }
        AtomicReference<List<String>> last = new AtomicReference<>(List.of());
        ConnectTestCluster.awaitCondition(() -> {
            last.set(files.committedLines());
            return last.get().size() >= count;
        }, TIMEOUT, () -> "committed files hold " + last.get().size() + " lines, expected " + count);
        assertThat(last.get()).as("each record exactly once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    public void awaitNoTemporaryFiles() throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> files.temporaryFiles().isEmpty(), TIMEOUT,
                () -> "temporary files left: " + files.temporaryFiles());
    }

    /** Deletes a connector; retried while the workers still forward requests to a stopped one. */
    public void deleteConnector(String name) throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> {
            try {
                cluster.deleteConnector(name);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, TIMEOUT, () -> "connector " + name + " could not be deleted");
    }
}
