package io.flumeconnect.sources.tail;

import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumes a topic of numbered lines ({@code "<number>"}, or {@code "<number> <text>"}) incrementally with
 * read_committed isolation, and keeps what the assertions need: which numbers came, how many came twice, and
 * whether numbers came in order within each run of {@code segment} consecutive numbers (one file each).
 */
final class NumberedLines implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final int segment;
    private final BitSet seen = new BitSet();
    private final BitSet again = new BitSet();
    private long[] firstOffset = new long[1024];
    private long markOffset = Long.MAX_VALUE;
    private final Map<Integer, Integer> lastInSegment = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int duplicates;
    private int received;

    NumberedLines(ConnectTestCluster cluster, String topic, int segment) {
        this.consumer = cluster.kafka().createConsumer(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000"));
        this.segment = segment;
        consumer.assign(List.of(new TopicPartition(topic, 0)));
        consumer.seekToBeginning(consumer.assignment());
    }

    /** Consumes until {@code count} distinct numbers came or {@code timeout} passed; returns the distinct count. */
    int awaitDistinct(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.cardinality() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(this::take);
        }
        return seen.cardinality();
    }

    /** The topic's end offset now. */
    long endOffset() {
        return consumer.endOffsets(consumer.assignment()).values().iterator().next();
    }

    /** Consumes whatever else arrives within {@code quiet} (late duplicates). */
    void drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(this::take);
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> record) {
        received++;
        String value = new String(record.value(), StandardCharsets.UTF_8);
        int space = value.indexOf(' ');
        int number = Integer.parseInt(space < 0 ? value : value.substring(0, space));
        if (seen.get(number)) {
            duplicates++;
            again.set(number);
            return;
        }
        seen.set(number);
        if (number >= firstOffset.length) {
            firstOffset = java.util.Arrays.copyOf(firstOffset, Math.max(number + 1, firstOffset.length * 2));
        }
        firstOffset[number] = record.offset();
        Integer last = lastInSegment.put(number / segment, number);
        if (last != null && last >= number && problems.size() < 20) {
            problems.add(number + " came after " + last);
        }
    }

    /**
     * The failover: the old task wrote the topic up to {@code endOffset} (its end offset once the worker stopped),
     * the new task after it.
     */
    void mark(long endOffset) {
        markOffset = endOffset;
    }

    /**
     * Lines delivered twice that are not from an uncommitted window: after a failover a task may deliver again
     * what it delivered since its last committed offset, that is, in each file a run of lines that came before
     * the {@link #mark} and that ends with the last line of that file that came before it. At most 20.
     */
    List<String> duplicatesOutsideTheWindow() {
        BitSet seenAtMark = new BitSet();
        for (int n = seen.nextSetBit(0); n >= 0; n = seen.nextSetBit(n + 1)) {
            if (firstOffset[n] < markOffset) {
                seenAtMark.set(n);
            }
        }
        List<String> outside = new ArrayList<>();
        for (int n = again.nextSetBit(0); n >= 0 && outside.size() < 20; n = again.nextSetBit(n + 1)) {
            int end = (n / segment + 1) * segment;
            int lastBeforeMark = seenAtMark.previousSetBit(end - 1);
            boolean inWindow = seenAtMark.get(n) && lastBeforeMark >= n / segment * segment
                    && again.nextClearBit(n) > lastBeforeMark;
            if (!inWindow) {
                outside.add(n + " (" + (seenAtMark.get(n) ? "the run it is in does not reach line " + lastBeforeMark
                        : "first came after the failover") + ")");
            }
        }
        return outside;
    }

    int duplicates() {
        return duplicates;
    }

    int received() {
        return received;
    }

    int distinct() {
        return seen.cardinality();
    }

    /** Numbers below {@code count} that never came, at most 20 of them. */
    List<Integer> missing(int count) {
        List<Integer> missing = new ArrayList<>();
        for (int i = seen.nextClearBit(0); i < count && missing.size() < 20; i = seen.nextClearBit(i + 1)) {
            missing.add(i);
        }
        return missing;
    }

    /** Lines of one file that came out of order (deliveries after the first are not counted). */
    List<String> orderProblems() {
        return problems;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
