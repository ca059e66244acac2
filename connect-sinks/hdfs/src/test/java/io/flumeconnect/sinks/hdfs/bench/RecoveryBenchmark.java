package io.flumeconnect.sinks.hdfs.bench;

import io.flumeconnect.sinks.file.engine.FileNames;
import io.flumeconnect.sinks.file.engine.FileRecovery;
import io.flumeconnect.sinks.file.storage.LocalStorage;
import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.hdfs.HdfsStorage;
import io.flumeconnect.sinks.hdfs.MiniHdfs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.kafka.common.TopicPartition;

/**
 * How long recovery takes when a task is assigned partitions over a large tree: {@code bench.files}
 * committed files (default 100,000) of {@code bench.partitions} partitions in directories of 1,000, plus one
 * temporary file per partition that a crashed writer left open (on HDFS its lease is still held), on the local
 * disk and on a MiniDFSCluster. Recovery runs in the consumer's rebalance callback, so it must stay well inside
 * {@code max.poll.interval.ms} (300 s by default). Not a test:
 * {@code ./mvnw -Pbench -pl connect-sinks/hdfs -am -DskipTests package -Dbench.main=io.flumeconnect.sinks.hdfs.bench.RecoveryBenchmark}.
 */
public final class RecoveryBenchmark {
    private static final int PER_DIR = 1000;
    private static final int THREADS = 8;

    private RecoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("bench.files", 100_000);
        int partitions = Integer.getInteger("bench.partitions", 10);
        Path base = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))), "recovery-bench");
        List<TopicPartition> assigned = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            assigned.add(new TopicPartition("bench", p));
        }

        LocalStorage local = new LocalStorage(base.resolve("local"));
        fill(files, partitions, path -> Files.createDirectories(base.resolve("local").resolve(path).getParent())
                .resolve(Path.of(path).getFileName().toString()).toFile().createNewFile());
        for (TopicPartition tp : assigned) {
            local.create(FileNames.temporary("", tp, Long.MAX_VALUE / 2, "0badc0de", ".txt")).close();
        }
        time("local disk", local, assigned, files);

        try (MiniHdfs hdfs = MiniHdfs.start(base.resolve("hdfs"))) {
            FileSystem writer = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
            fill(files, partitions, path -> writer.create(new org.apache.hadoop.fs.Path("/bench/" + path), false).close());
            FileSystem crashed = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
            List<FSDataOutputStream> leftOpen = new ArrayList<>();
            for (TopicPartition tp : assigned) {
                FSDataOutputStream out = crashed.create(new org.apache.hadoop.fs.Path("/bench/"
                        + FileNames.temporary("", tp, Long.MAX_VALUE / 2, "0badc0de", ".txt")), false);
                out.write("half\n".getBytes());
                out.hsync();
                leftOpen.add(out);
            }
            FileSystem fs = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
            time("HDFS (MiniDFSCluster)", new HdfsStorage(fs, new org.apache.hadoop.fs.Path("/bench"), 120_000, () -> { }),
                    assigned, files);
        }
    }

    @FunctionalInterface
    private interface Create {
        void file(String path) throws IOException;
    }

    private static void fill(int files, int partitions, Create create) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < files; i += THREADS) {
                    TopicPartition tp = new TopicPartition("bench", i % partitions);
                    long first = (long) (i / partitions) * 100;
                    create.file("d" + (i / PER_DIR) + "/" + FileNames.committed("", tp, first, first + 99, ".txt"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("   created %,d files in %.1f s%n", files, (System.nanoTime() - start) / 1e9);
    }

    private static void time(String where, Storage storage, List<TopicPartition> assigned, int files) throws IOException {
        long start = System.nanoTime();
        int listed = storage.list().size();
        double listing = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        FileRecovery.Result result = new FileRecovery(storage).recover(assigned);
        double recovery = (System.nanoTime() - start) / 1e9;
        System.out.printf("== %s: %,d files listed in %.2f s; recovery of %d partitions (listing, %d temporary files "
                        + "released and deleted) in %.2f s%n", where, listed, listing, assigned.size(), result.deleted(), recovery);
        if (listed < files) {
            throw new IllegalStateException("listed " + listed + " of " + files);
        }
    }
}
