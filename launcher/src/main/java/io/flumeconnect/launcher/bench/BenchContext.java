package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.Options;
import io.flumeconnect.launcher.process.ConnectRestClient;
import io.flumeconnect.launcher.process.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a benchmark runs on: a real broker and Connect worker ({@link #stack()}), a fresh work directory,
 * the output stream, the baseline that measures the limit, and the {@code --key=value} options of the
 * command line.
 */
public final class BenchContext {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final String PRODUCER_OPTION = "producer.";

    private final LocalStack stack;
    private final Path workDir;
    private final PrintStream out;
    private final Options options;
    private final RawProducerBaseline baseline;

    BenchContext(LocalStack stack, Path workDir, PrintStream out, Options options) {
        this.stack = stack;
        this.workDir = workDir;
        this.out = out;
        this.options = options;
        this.baseline = new RawProducerBaseline(stack.broker().bootstrapServers());
    }

    public LocalStack stack() {
        return stack;
    }

    public ConnectRestClient rest() {
        return stack.rest();
    }

    /** A directory of this run only, for input files and sink output. */
    public Path workDir() {
        return workDir;
    }

    public PrintStream out() {
        return out;
    }

    public RawProducerBaseline baseline() {
        return baseline;
    }

    /** {@code --key=value} from the command line, or {@code defaultValue}. */
    public long option(String key, long defaultValue) {
        return options.get(key, defaultValue);
    }

    public String option(String key, String defaultValue) {
        return options.get(key, defaultValue);
    }

    /** {@code --key=1,2,3} from the command line as integers, or those of {@code defaultValue}. */
    public List<Integer> integers(String key, String defaultValue) {
        return Arrays.stream(options.get(key, defaultValue).split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
    }

    /**
     * Every {@code --producer.KEY=VALUE} option as {@code KEY=VALUE}: producer settings a source benchmark gives its
     * connector ({@code producer.override.KEY}) and its raw producer alike.
     */
    public Map<String, String> producerOptions() {
        Map<String, String> producer = new TreeMap<>();
        options.values().forEach((key, value) -> {
            if (key.startsWith(PRODUCER_OPTION)) {
                producer.put(key.substring(PRODUCER_OPTION.length()), value);
            }
        });
        return producer;
    }

    /** A TCP port free on this machine now, for a listener connector. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Whether {@code --key} was given. */
    public boolean flag(String key) {
        return options.flag(key);
    }

    public void createTopic(String topic, int partitions) throws IOException, InterruptedException {
        stack.broker().createTopics(partitions, topic);
    }

    /** Deletes {@code topic} and its data, so a long benchmark's earlier phases do not fill the broker's disk and page cache. */
    public void deleteTopic(String topic) throws IOException, InterruptedException {
        stack.broker().deleteTopics(topic);
    }

    /** Waits until {@code topic} holds at least {@code count} records, printing progress. */
    public void awaitRecords(String topic, long count, Duration timeout) throws IOException, InterruptedException {
        awaitProgress("records in " + topic, count, timeout, admin -> sum(endOffsets(admin, topic)));
    }

    /** How many records {@code topic} holds now (its end offsets summed). */
    public long recordsIn(String topic) throws IOException, InterruptedException {
        try (Admin admin = stack.broker().admin()) {
            return sum(endOffsets(admin, topic));
        } catch (ExecutionException e) {
            throw new IOException("cannot read the end offsets of " + topic, e.getCause());
        }
    }

    /**
     * Waits until sink connector {@code connector} has committed at least {@code count} records (summed
     * over its consumer group's committed offsets), printing progress.
     */
    public void awaitSinkCommitted(String connector, long count, Duration timeout) throws IOException, InterruptedException {
        awaitProgress("records committed by " + connector, count, timeout, admin -> committed(admin, "connect-" + connector, null));
    }

    /** Waits until consumer group {@code group} has committed at least {@code count} records of {@code topic}. */
    public void awaitGroupCommitted(String group, String topic, long count, Duration timeout)
            throws IOException, InterruptedException {
        awaitProgress("records of " + topic + " committed by " + group, count, timeout, admin -> committed(admin, group, topic));
    }

    /** The records of {@code topic} (any topic when null) that {@code group} has committed. */
    public long groupCommitted(String group, String topic) throws IOException, InterruptedException {
        try (Admin admin = stack.broker().admin()) {
            return committed(admin, group, topic);
        } catch (ExecutionException e) {
            throw new IOException("cannot read the offsets of " + group, e.getCause());
        }
    }

    private static long committed(Admin admin, String group, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return committed.entrySet().stream().filter(e -> topic == null || e.getKey().topic().equals(topic))
                .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset()).sum();
    }

    private void awaitProgress(String what, long count, Duration timeout, Probe probe)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long lastPrint = start;
        try (Admin admin = stack.broker().admin()) {
            long now = probe.read(admin);
            while (now < count) {
                if (System.nanoTime() - start > timeout.toNanos()) {
                    throw new IOException("after " + timeout + " only " + now + " of " + count + " " + what);
                }
                if (System.nanoTime() - lastPrint > PROGRESS_EVERY.toNanos()) {
                    out.printf("  %,d / %,d %s%n", now, count, what);
                    lastPrint = System.nanoTime();
                }
                Thread.sleep(100);
                now = probe.read(admin);
            }
        } catch (ExecutionException e) {
            throw new IOException("cannot read " + what, e.getCause());
        }
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> endOffsets(Admin admin, String topic)
            throws ExecutionException, InterruptedException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get();
    }

    private static long sum(Map<TopicPartition, ListOffsetsResultInfo> offsets) {
        return offsets.values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }

    @FunctionalInterface
    private interface Probe {
        long read(Admin admin) throws ExecutionException, InterruptedException;
    }
}
