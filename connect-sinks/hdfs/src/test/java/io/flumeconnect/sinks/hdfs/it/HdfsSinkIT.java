package io.flumeconnect.sinks.hdfs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.file.it.ExactlyOnceCheck;
import io.flumeconnect.sinks.hdfs.MiniHdfs;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.IOUtils;
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

    @TempDir
    static Path base;
    private static MiniHdfs hdfs;
    private static FileSystem fs;
    private static ConnectTestCluster cluster;
    private static ExactlyOnceCheck check;

    @BeforeAll
    static void start() throws IOException {
        hdfs = MiniHdfs.start(base);
        fs = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        cluster = ConnectTestCluster.builder().workers(2).start();
        cluster.createTopic(TOPIC, PARTITIONS);
        check = new ExactlyOnceCheck(cluster, TOPIC, PARTITIONS, new ExactlyOnceCheck.SinkFiles() {
            @Override
            public List<String> committedLines() {
                return HdfsSinkIT.committedLines();
            }

            @Override
            public List<String> temporaryFiles() {
                return HdfsFiles.list(fs, ROOT).stream().filter(HdfsFiles::isTemporary).toList();
            }
        });
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
                    .anyMatch(jar -> jar.startsWith("rolling-file-"))
                    .noneMatch(jar -> jar.startsWith("file-sink-"))
                    .anyMatch(jar -> jar.startsWith("hadoop-client-api-"))
                    .anyMatch(jar -> jar.startsWith("hadoop-client-runtime-"))
                    .noneMatch(jar -> jar.startsWith("hadoop-client-minicluster"));
        }
    }

    @Test
    void everyRecordLandsInExactlyOneCommittedFile() throws Exception {
        cluster.putConnector("hdfs-a", config());
        cluster.awaitRunning("hdfs-a", 2);
        check.produce(0, 1000);
        check.awaitCommittedLines(600);
        cluster.stopWorker(cluster.workerRunningTask("hdfs-a", 0));
        check.awaitExactlyOnce(1000);
        cluster.addWorker();
        cluster.awaitRunning("hdfs-a", 2);
        check.deleteConnector("hdfs-a");
        check.awaitNoTemporaryFiles();

        FSDataOutputStream crashed = leaveFileOpenLikeACrashedWriter();
        cluster.putConnector("hdfs-b", config());
        cluster.awaitRunning("hdfs-b", 2);
        check.produce(1000, 1400);
        check.awaitExactlyOnce(1400);
        check.awaitNoTemporaryFiles();
        IOUtils.closeStream(crashed); // fenced off by the lease recovery: its close fails, quietly here

        assertThat(committedFiles()).as("many rolls").hasSizeGreaterThan(10)
                .allSatisfy(file -> assertThat(file).matches(".*/hdfs-events\\+\\d\\+\\d{20}\\+\\d{20}\\.txt\\.gz"));
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

    private static List<String> committedLines() {
        List<String> lines = new ArrayList<>();
        for (String file : committedFiles()) {
            try (var in = new GZIPInputStream(fs.open(new org.apache.hadoop.fs.Path(file)))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static List<String> committedFiles() {
        return HdfsFiles.list(fs, ROOT).stream().filter(file -> !HdfsFiles.isTemporary(file)).toList();
    }
}
