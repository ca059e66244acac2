package io.flumeconnect.sinks.hdfs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.hdfs.MiniHdfs;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.IOUtils;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged HDFS sink on real workers against a MiniDFSCluster in this JVM: several partitions, many
 * rolls, a worker stopped mid-stream, a file a crashed writer left open (lease recovery), and a new
 * connector over the same directory; every record ends in exactly one committed file.
 */
class HdfsSinkIT {
    private static final String TOPIC = "hdfs-events";
    private static final int PARTITIONS = 2;
    private static final String ROOT = "/flume/events";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    static Path base;
    private static MiniHdfs hdfs;
    private static FileSystem fs;
    private static ConnectTestCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        hdfs = MiniHdfs.start(base);
        fs = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        cluster = ConnectTestCluster.builder().workers(2).start();
        cluster.createTopic(TOPIC, PARTITIONS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
        if (fs != null) {
            fs.close();
        }
        if (hdfs != null) {
            hdfs.close();
        }
    }

    @Test
    void thePluginShipsTheEngineAndHadoopsShadedClient() throws IOException {
        Path lib = Path.of(System.getProperty(ConnectTestCluster.PLUGIN_PATH_PROPERTY), "flume-connect-hdfs-sink", "lib");
        try (Stream<Path> jars = Files.list(lib)) {
            assertThat(jars.map(jar -> jar.getFileName().toString()).toList())
                    .anyMatch(jar -> jar.startsWith("file-sink-"))
                    .anyMatch(jar -> jar.startsWith("hadoop-client-api-"))
                    .anyMatch(jar -> jar.startsWith("hadoop-client-runtime-"))
                    .noneMatch(jar -> jar.startsWith("hadoop-client-minicluster"));
        }
    }

    @Test
    void everyRecordLandsInExactlyOneCommittedFile() throws Exception {
        cluster.putConnector("hdfs-a", config());
        cluster.awaitRunning("hdfs-a", 2);
        produce(0, 1000);
        awaitCommittedLines(600);
        cluster.stopWorker(cluster.workerRunningTask("hdfs-a", 0));
        awaitExactlyOnce(1000);
        cluster.addWorker();
        cluster.awaitRunning("hdfs-a", 2);
        deleteConnector("hdfs-a");
        awaitNoTemporaryFiles();
        FSDataOutputStream crashed = leaveFileOpenLikeACrashedWriter();
        cluster.putConnector("hdfs-b", config());
        cluster.awaitRunning("hdfs-b", 2);
        produce(1000, 1400);
        awaitExactlyOnce(1400);
        awaitNoTemporaryFiles();
        IOUtils.closeStream(crashed); // fenced off by the lease recovery: its close fails, quietly here

        assertThat(committedFiles()).as("many rolls").hasSizeGreaterThan(10)
                .allSatisfy(file -> assertThat(file).matches(".*/hdfs-events\\+\\d\\+\\d{20}\\+\\d{20}\\.txt\\.gz"));
    }

    /** Deletes a connector; retried while the workers still forward requests to the stopped one. */
    private static void deleteConnector(String name) throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> {
            try {
                cluster.deleteConnector(name);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, TIMEOUT, () -> "connector " + name + " could not be deleted");
    }

    private static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "io.flumeconnect.sinks.hdfs.HdfsSinkConnector");
        config.put("tasks.max", "2");
        config.put("topics", TOPIC);
        config.put("hdfs.path", hdfs.uri() + ROOT);
        config.put("path.template", "%[topic]/p%[partition]");
        config.put("compression", "gzip");
        config.put("roll.records", "53");
        config.put("roll.idle.ms", "1000");
        config.put("hdfs.lease.recovery.timeout.ms", "60000");
        return config;
    }

    /** A task that died while writing: its temporary file is still open on the namenode, with the lease held. */
    private static FSDataOutputStream leaveFileOpenLikeACrashedWriter() throws IOException {
        FileSystem other = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        var path = new org.apache.hadoop.fs.Path(ROOT + "/" + TOPIC + "/p0/." + TOPIC + "+0+00000000000000999999+open0badc0de.txt.gz.tmp");
        FSDataOutputStream out = other.create(path, false);
        out.write("half-written".getBytes(StandardCharsets.UTF_8));
        out.hsync();
        return out;
    }

    private static void produce(int from, int to) {
        try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(Map.of())) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(TOPIC, i % PARTITIONS, null, ("event-" + i).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    private static void awaitCommittedLines(int count) throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> committedLines().size() >= count, TIMEOUT,
                () -> "committed files hold fewer than " + count + " lines");
    }

    private static void awaitExactlyOnce(int count) throws InterruptedException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("event-" + i);
        }
        List<String>[] last = new List[] {List.of()};
        ConnectTestCluster.awaitCondition(() -> (last[0] = committedLines()).size() >= count, TIMEOUT,
                () -> "committed files hold " + last[0].size() + " lines, expected " + count);
        assertThat(last[0]).as("each record exactly once").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void awaitNoTemporaryFiles() throws InterruptedException {
        ConnectTestCluster.awaitCondition(() -> files().stream().noneMatch(HdfsSinkIT::isTemporary), TIMEOUT,
                () -> "temporary files left: " + files().stream().filter(HdfsSinkIT::isTemporary).toList());
    }

    private static List<String> committedLines() {
        List<String> lines = new ArrayList<>();
        for (String file : committedFiles()) {
            try (var in = new java.util.zip.GZIPInputStream(fs.open(new org.apache.hadoop.fs.Path(file)))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static List<String> committedFiles() {
        return files().stream().filter(file -> !isTemporary(file)).toList();
    }

    private static boolean isTemporary(String file) {
        return file.substring(file.lastIndexOf('/') + 1).startsWith(".");
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>();
        try {
            var root = new org.apache.hadoop.fs.Path(ROOT);
            if (!fs.exists(root)) {
                return files;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                files.add(it.next().getPath().toUri().getPath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
