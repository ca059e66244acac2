package io.flumeconnect.sinks.hdfs.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.file.it.ExactlyOnceCheck;
import io.flumeconnect.sinks.hdfs.MiniHdfs;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files Flume-reading jobs expect, written by the packaged HDFS sink on real workers to a MiniDFSCluster and
 * read back as those jobs read them: SequenceFiles with Hadoop's reader (timestamp keys, bodies), avro_event files
 * with Avro's reader (headers, body), bzip2 and lz4 text with the codec Hadoop picks by extension. Container
 * formats also lose a worker mid-stream: every event still ends in exactly one committed file.
 */
class HdfsFlumeFormatsIT {
    private static final int PARTITIONS = 2;
    private static final int EVENTS = 600;
    private static final long BASE_TIME = 1_600_000_000_000L;

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

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "sequencefile, snappy, writable, true, .seq",
            "sequencefile, bzip2, text, false, .seq",
            "avro_event, gzip, , true, .avro",
            "text, bzip2, , false, .txt.bz2",
            "text, lz4, , false, .txt.lz4"})
    void flumeReadingJobsReadEveryEventOnce(String format, String compression, String value, boolean loseAWorker,
                                            String extension) throws Exception {
        String topic = (format + "-" + compression + (value == null ? "" : "-" + value)).replace('_', '-');
        String root = "/flume/" + topic;
        cluster.createTopic(topic, PARTITIONS);
        ExactlyOnceCheck check = new ExactlyOnceCheck(cluster, topic, PARTITIONS, new ExactlyOnceCheck.SinkFiles() {
            @Override
            public List<String> committedLines() {
                return bodies(format, root);
            }

            @Override
            public List<String> temporaryFiles() {
                return HdfsFiles.list(fs, root).stream().filter(HdfsFiles::isTemporary).toList();
            }
        });
        Map<String, String> config = config(topic, root, format, compression);
        if (value != null) {
            config.put("sequencefile.value", value);
        }
        cluster.putConnector(topic, config);
        cluster.awaitRunning(topic, 2);

        produce(topic, 0, EVENTS / 2);
        check.awaitCommittedLines(EVENTS / 4);
        if (loseAWorker) {
            cluster.stopWorker(cluster.workerRunningTask(topic, 0));
        }
        produce(topic, EVENTS / 2, EVENTS);
        check.awaitExactlyOnce(EVENTS);
        if (loseAWorker) {
            cluster.addWorker();
        }
        check.deleteConnector(topic);
        check.awaitNoTemporaryFiles();

        List<String> committed = HdfsFiles.list(fs, root);
        assertThat(committed).as("many rolls").hasSizeGreaterThan(4)
                .allSatisfy(file -> assertThat(file).endsWith(extension));
        if (!format.equals("text")) {
            assertThat(timestamps(format, root)).as("each event's timestamp header, as Flume's key or header")
                    .containsExactlyInAnyOrderElementsOf(expectedTimestamps());
        }
    }

    private static Map<String, String> config(String topic, String root, String format, String compression) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "io.flumeconnect.sinks.hdfs.HdfsSinkConnector");
        config.put("tasks.max", "2");
        config.put("topics", topic);
        config.put("hdfs.path", hdfs.uri() + root);
        config.put("path.template", "p%[partition]");
        config.put("format", format);
        config.put("compression", compression);
        config.put("roll.records", "37");
        config.put("roll.idle.ms", "1000");
        return config;
    }

    /** event-N with Flume's headers: timestamp (epoch ms as text) and host. */
    private static void produce(String topic, int from, int to) {
        try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(Map.of())) {
            for (int i = from; i < to; i++) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, i % PARTITIONS, null,
                        ("event-" + i).getBytes(StandardCharsets.UTF_8));
                record.headers().add(new RecordHeader("timestamp", Long.toString(BASE_TIME + i).getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("host", "web-1".getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static List<Long> expectedTimestamps() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            expected.add(BASE_TIME + i);
        }
        return expected;
    }

    private static List<String> bodies(String format, String root) {
        List<String> bodies = new ArrayList<>();
        read(format, root, (key, body) -> bodies.add(body));
        return bodies;
    }

    private static List<Long> timestamps(String format, String root) {
        List<Long> keys = new ArrayList<>();
        read(format, root, (key, body) -> keys.add(key));
        return keys;
    }

    private interface EventConsumer {
        void accept(Long key, String body);
    }

    /** Reads every committed file as a job reading Flume's files would. */
    private static void read(String format, String root, EventConsumer events) {
        for (String file : HdfsFiles.list(fs, root)) {
            if (HdfsFiles.isTemporary(file)) {
                continue;
            }
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
            try {
                switch (format) {
                    case "sequencefile" -> readSequenceFile(path, events);
                    case "avro_event" -> readAvroEvents(path, events);
                    default -> readText(path, events);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void readSequenceFile(org.apache.hadoop.fs.Path path, EventConsumer events) throws IOException {
        try (SequenceFile.Reader reader = new SequenceFile.Reader(fs.getConf(), SequenceFile.Reader.file(fs.makeQualified(path)))) {
            LongWritable key = new LongWritable();
            Writable value = (Writable) org.apache.hadoop.util.ReflectionUtils.newInstance(reader.getValueClass(), fs.getConf());
            while (reader.next(key, value)) {
                String body = value instanceof Text text ? text.toString()
                        : new String(((org.apache.hadoop.io.BytesWritable) value).copyBytes(), StandardCharsets.UTF_8);
                events.accept(key.get(), body);
            }
        }
    }

    private static void readAvroEvents(org.apache.hadoop.fs.Path path, EventConsumer events) throws IOException {
        try (InputStream in = fs.open(path);
             DataFileStream<GenericRecord> reader = new DataFileStream<>(in, new GenericDatumReader<>())) {
            assertThat(reader.getSchema().getFullName()).isEqualTo("Event");
            for (GenericRecord event : reader) {
                Map<?, ?> headers = (Map<?, ?>) event.get("headers");
                assertThat(headers.get(new org.apache.avro.util.Utf8("host"))).hasToString("web-1");
                ByteBuffer body = (ByteBuffer) event.get("body");
                byte[] bytes = new byte[body.remaining()];
                body.get(bytes);
                events.accept(Long.parseLong(headers.get(new org.apache.avro.util.Utf8("timestamp")).toString()),
                        new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static void readText(org.apache.hadoop.fs.Path path, EventConsumer events) throws IOException {
        CompressionCodec codec = new CompressionCodecFactory(fs.getConf()).getCodec(path);
        assertThat(codec).as("Hadoop knows the codec of " + path).isNotNull();
        try (InputStream in = codec.createInputStream(fs.open(path))) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> events.accept(null, line));
        }
    }
}
