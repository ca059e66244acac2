package io.flumeconnect.sinks.hdfs.bench;

import io.flumeconnect.sinks.hdfs.HadoopClientDefaults;
import io.flumeconnect.sinks.hdfs.HdfsSinkTask;
import io.flumeconnect.sinks.hdfs.MiniHdfs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The HDFS sink's throughput on a MiniDFSCluster (one datanode, replication 1), against the same run's raw
 * sequential write through Hadoop's {@code FileSystem} to the same cluster (measured before and after the
 * sink; the faster is the limit). Not a test: the {@code bench} profile runs it after packaging,
 * {@code ./mvnw -Pbench -pl connect-sinks/hdfs -am -DskipTests package -Dbench.size.mb=1024}.
 *
 * <p>Both sides write the same bytes: N records of {@code bench.line.bytes} (value plus the newline the text
 * format appends). The sink's task is driven as a worker would drive it ({@code put} in batches, then
 * {@code preCommit}, {@code close}, {@code stop}), so the time covers the rolls, hsyncs and renames of every file;
 * building the {@code SinkRecord}s (the worker's work) is not timed. The raw writes use the sink's HDFS client
 * settings ({@link HadoopClientDefaults}); a second raw write has the sink's file pattern (a file per 128 MiB,
 * each hsync, close and rename), the first the plainest (one file, one hsync).
 */
public final class HdfsSinkBenchmark {
    private static final TopicPartition PARTITION = new TopicPartition("bench", 0);
    private static final int CHUNK = 1024 * 1024;
    private static final int DISTINCT_VALUES = 1000;
    private static final long ROLL_BYTES = 128L * 1024 * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long records;
    private final int lineBytes;
    private final int batch;
    private final String uri;
    private final FileSystem fs;

    private HdfsSinkBenchmark(long records, int lineBytes, int batch, String uri, FileSystem fs) {
        this.records = records;
        this.lineBytes = lineBytes;
        this.batch = batch;
        this.uri = uri;
        this.fs = fs;
    }

    public static void main(String[] args) throws IOException {
        long sizeMb = Long.getLong("bench.size.mb", 1024);
        int lineBytes = Integer.getInteger("bench.line.bytes", 200);
        int batch = Integer.getInteger("bench.batch", 10_000);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))), "hdfs-bench");
        long records = sizeMb * 1024 * 1024 / lineBytes;
        System.out.printf("== HDFS sink on MiniDFSCluster (1 datanode, dfs.replication=1, base dir %s)%n", dir);
        System.out.printf("machine: %d cores, max heap %d MiB, %s %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("size:    %d records x %d B = %.1f MB (MiB), batches of %d%n", records, lineBytes, mb(records * lineBytes), batch);
        try (MiniHdfs hdfs = MiniHdfs.start(dir);
             FileSystem fs = FileSystem.newInstance(URI.create(hdfs.uri()), HadoopClientDefaults.apply(new Configuration()))) {
            HdfsSinkBenchmark bench = new HdfsSinkBenchmark(records, lineBytes, batch, hdfs.uri(), fs);
            double rawBefore = bench.rawWrite();
            double rawAsSink = bench.rawWriteAsSink();
            double text = bench.sink("none", "/text");
            double gzip = bench.sink("gzip", "/gzip");
            double plainGzip = bench.plainGzip();
            double rawAfter = bench.rawWrite();
            // the limit is the faster of the raw writes before and after the sink: the first one also warms the JIT
            double raw = Math.max(rawBefore, rawAfter);
            System.out.printf("%-40s %10s %8s%n", "", "MB/s", "ratio");
            print("raw write, before the sink", rawBefore, raw);
            print("raw write, after the sink", rawAfter, raw);
            print("raw write, the sink's file pattern", rawAsSink, raw);
            print("HDFS sink, text", text, raw);
            print("HDFS sink, gzip (uncompressed bytes)", gzip, raw);
            System.out.printf("HDFS sink, text against the raw write with the sink's file pattern: %.2f%n", text / rawAsSink);
            System.out.printf("HDFS sink, gzip against the same run's plain gzip of the same lines (%.1f MB/s): %.2f%n",
                    plainGzip, gzip / plainGzip);
        }
    }

    private static void print(String what, double mbPerSecond, double limit) {
        System.out.printf("%-40s %10.1f %8.2f%n", what, mbPerSecond, mbPerSecond / limit);
    }

    /** The limit: the same bytes in 1 MiB writes to one file, one hsync, close. */
    private double rawWrite() throws IOException {
        Cpu cpu = new Cpu();
        byte[] chunk = new byte[CHUNK];
        new Random(1).nextBytes(chunk);
        long bytes = records * lineBytes;
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path("/raw/sequential.bin");
        long start = System.nanoTime();
        try (FSDataOutputStream out = fs.create(file, true)) {
            for (long left = bytes; left > 0; left -= CHUNK) {
                out.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
            out.hsync();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu.pause();
        check(fs.getFileStatus(file).getLen() == bytes, "raw file holds " + fs.getFileStatus(file).getLen() + " bytes, not " + bytes);
        fs.delete(file, false);
        return report("raw", bytes, seconds, cpu);
    }

    /**
     * The same bytes with the sink's file pattern: a temporary file per {@code ROLL_BYTES} (the sink's default
     * roll size), 1 MiB writes, hsync, close, rename; what the sink's commits add to the plain write.
     */
    private double rawWriteAsSink() throws IOException {
        Cpu cpu = new Cpu();
        byte[] chunk = new byte[CHUNK];
        new Random(1).nextBytes(chunk);
        long bytes = records * lineBytes;
        long start = System.nanoTime();
        for (long file = 0, left = bytes; left > 0; file++) {
            org.apache.hadoop.fs.Path temporary = new org.apache.hadoop.fs.Path("/raw-files/." + file + ".tmp");
            try (FSDataOutputStream out = fs.create(temporary, false)) {
                for (long inFile = 0; inFile < ROLL_BYTES && left > 0; inFile += CHUNK, left -= CHUNK) {
                    out.write(chunk, 0, (int) Math.min(CHUNK, left));
                }
                out.hsync();
            }
            check(fs.rename(temporary, new org.apache.hadoop.fs.Path("/raw-files/" + file)), "rename of " + temporary);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu.pause();
        fs.delete(new org.apache.hadoop.fs.Path("/raw-files"), true);
        return report("raw files", bytes, seconds, cpu);
    }

    /**
     * Gzip's natural limit: the sink's lines (the same values, each with its newline) through the JDK's
     * {@link GZIPOutputStream} at its default level with the sink's 64 KiB buffers (one under the gzip stream, one
     * over it, so deflate gets 64 KiB at a time, not a line), into one file, hsync, close.
     */
    private double plainGzip() throws IOException {
        Cpu cpu = new Cpu();
        byte[][] lines = Arrays.stream(values()).map(v -> (v + "\n").getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path("/raw/plain.gz");
        long start = System.nanoTime();
        try (FSDataOutputStream out = fs.create(file, true)) {
            GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 64 * 1024), 64 * 1024);
            OutputStream buffered = new BufferedOutputStream(gzip, 64 * 1024);
            for (long offset = 0; offset < records; offset++) {
                buffered.write(lines[(int) (offset % DISTINCT_VALUES)]);
            }
            buffered.flush();
            gzip.finish();
            gzip.flush();
            out.hsync();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu.pause();
        fs.delete(file, false);
        return report("gzip", records * lineBytes, seconds, cpu);
    }

    /** The sink's task writing {@code records} lines into {@code root}, until every file is committed. */
    private double sink(String compression, String root) throws IOException {
        String[] values = values();
        HdfsSinkTask task = new HdfsSinkTask();
        task.initialize(new BenchTaskContext());
        Cpu cpu = new Cpu();
        long begin = System.nanoTime();
        long start = begin;
        task.start(config(compression, root));
        task.open(List.of(PARTITION));
        long inTask = System.nanoTime() - start;
        cpu.pause();
        for (long offset = 0; offset < records; ) {
            List<SinkRecord> puts = new ArrayList<>(batch);
            long timestamp = System.currentTimeMillis();
            for (int i = 0; i < batch && offset < records; i++, offset++) {
                puts.add(new SinkRecord(PARTITION.topic(), PARTITION.partition(), null, null, Schema.STRING_SCHEMA,
                        values[(int) (offset % DISTINCT_VALUES)], offset, timestamp, TimestampType.CREATE_TIME));
            }
            cpu.resume();
            start = System.nanoTime();
            task.put(puts);
            inTask += System.nanoTime() - start;
            cpu.pause();
        }
        cpu.resume();
        start = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> committed = task.preCommit(Map.of(PARTITION, new OffsetAndMetadata(records)));
        task.close(List.of(PARTITION));
        task.stop();
        inTask += System.nanoTime() - start;
        cpu.pause();
        double seconds = inTask / 1e9;
        System.out.printf("         %.2f s in the task's calls, %.2f s with building the records%n", seconds,
                (System.nanoTime() - begin) / 1e9);
        verify(root, compression, committed);
        return report("sink " + compression, records * lineBytes, seconds, cpu);
    }

    private Map<String, String> config(String compression, String root) {
        Map<String, String> config = new HashMap<>();
        config.put("name", "hdfs-bench");
        config.put("hdfs.path", uri + root);
        config.put("compression", compression);
        config.put("roll.interval.ms", "0");
        config.put("roll.idle.ms", "0");
        return config;
    }

    /** Distinct random printable values, so that gzip has realistic (not trivially repetitive) input. */
    private String[] values() {
        Random random = new Random(42);
        String[] values = new String[DISTINCT_VALUES];
        for (int v = 0; v < values.length; v++) {
            StringBuilder value = new StringBuilder(lineBytes - 1);
            for (int c = 0; c < lineBytes - 1; c++) {
                value.append((char) ('a' + random.nextInt(26)));
            }
            values[v] = value.toString();
        }
        return values;
    }

    /** Every record is in a committed file: the last file ends at the last offset, no temporary file is left. */
    private void verify(String root, String compression, Map<TopicPartition, OffsetAndMetadata> committed) throws IOException {
        long bytes = 0;
        int files = 0;
        String lastOffset = String.format("%020d", records - 1);
        boolean lastSeen = false;
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(new org.apache.hadoop.fs.Path(root), true);
        while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            String name = file.getPath().getName();
            check(!name.endsWith(".tmp"), "temporary file left: " + file.getPath());
            lastSeen |= name.contains("+" + lastOffset + ".");
            bytes += file.getLen();
            files++;
        }
        check(lastSeen, "no committed file ends at offset " + (records - 1));
        check(!"none".equals(compression) || bytes == records * lineBytes, "text files hold " + bytes + " bytes, not " + records * lineBytes);
        OffsetAndMetadata beforeClose = committed.get(PARTITION);
        System.out.printf("         %d files, %.1f MB stored; preCommit before close covered %s of %d records%n", files, mb(bytes),
                beforeClose == null ? 0 : beforeClose.offset(), records);
        fs.delete(new org.apache.hadoop.fs.Path(root), true);
    }

    private static double report(String what, long bytes, double seconds, Cpu cpu) {
        double rate = mb(bytes) / seconds;
        System.out.printf("%-8s %.1f MB in %.2f s: %.1f MB/s; CPU: %.2f s on the writing thread, %.2f s in the whole JVM "
                + "(client, namenode, datanode)%n", what, mb(bytes), seconds, rate, cpu.thread / 1e9,
                (OS.getProcessCpuTime() - cpu.process) / 1e9);
        return rate;
    }

    /**
     * CPU time of a measurement: the writing thread's (only while it is in the measured calls) and the whole JVM's
     * since the start; on a loaded machine these move far less than the rates do.
     */
    private static final class Cpu {
        final long process = OS.getProcessCpuTime();
        long thread;
        private long since = THREADS.getCurrentThreadCpuTime();

        void pause() {
            thread += THREADS.getCurrentThreadCpuTime() - since;
        }

        void resume() {
            since = THREADS.getCurrentThreadCpuTime();
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
