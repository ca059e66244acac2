package io.flumeconnect.transforms.bench;

import io.flumeconnect.transforms.aggregate.WindowAggregate;
import io.flumeconnect.transforms.filter.RegexFilter;
import io.flumeconnect.transforms.interceptor.HostHeader;
import io.flumeconnect.transforms.interceptor.RegexExtractor;
import io.flumeconnect.transforms.interceptor.RemoveHeaders;
import io.flumeconnect.transforms.interceptor.SearchReplace;
import io.flumeconnect.transforms.interceptor.StaticHeaders;
import io.flumeconnect.transforms.interceptor.TimestampHeader;
import io.flumeconnect.transforms.interceptor.UuidHeader;
import io.flumeconnect.transforms.mask.Mask;
import io.flumeconnect.transforms.parse.ParseJson;
import io.flumeconnect.transforms.parse.ParseLine;
import io.flumeconnect.transforms.routing.MultiplexRouter;
import io.flumeconnect.transforms.sampling.Sample;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second through one configured transform, one thread, in this JVM: the CPU cost a transform
 * adds to a connector task. {@code Identity} (return the record) and {@code CopyRecord} (one
 * {@code newRecord} with copied headers, what any transform that changes a record pays at least) are the
 * limits each transform is compared with in the same run. Not a test: run it as docs/transforms.md says.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@State(Scope.Thread)
public class TransformThroughputBenchmark {
    static final String ACCESS_LINE = "203.0.113.9 - - [01/May/2024:12:00:01 +0000] \"GET /api/orders?id=42 HTTP/1.1\" "
            + "200 5123 \"https://shop.example.com/cart\" \"Mozilla/5.0 (X11; Linux x86_64) jane.doe@example.com\"";
    static final String JSON_LINE = "{\"time\":\"2024-05-01T12:00:01Z\",\"level\":\"INFO\",\"user\":\"jane.doe@example.com\","
            + "\"status\":200,\"took_ms\":12.5,\"http\":{\"method\":\"GET\",\"path\":\"/api/orders\"}}";

    @Param({"Identity", "CopyRecord", "ParseJson", "ParseLine", "Mask", "WindowAggregate", "RegexFilter",
            "TimestampHeader", "HostHeader", "StaticHeaders", "UuidHeader", "RemoveHeaders", "RegexExtractor",
            "SearchReplace", "Sample", "MultiplexRouter"})
    public String transform;

    private Transformation<SourceRecord> subject;
    private Supplier<SourceRecord> input;
    private long clock;

    @Setup(Level.Trial)
    public void setUp() {
        subject = create(transform);
        SourceRecord line = record(Schema.OPTIONAL_STRING_SCHEMA, ACCESS_LINE, 0);
        SourceRecord json = record(Schema.OPTIONAL_STRING_SCHEMA, JSON_LINE, 0);
        input = switch (transform) {
            case "ParseJson" -> () -> json;
            // Event time moves on so that windows close and aggregates come out, as in a live stream.
            case "WindowAggregate" -> () -> record(null, Map.of("path", "/a", "bytes", 512L), clock += 10);
            default -> () -> line;
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        subject.close();
    }

    @Benchmark
    public SourceRecord apply() {
        return subject.apply(input.get());
    }

    private static SourceRecord record(Schema schema, Object value, long timestamp) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("host", "edge-1");
        headers.addString("Authorization", "Bearer abc.def");
        return new SourceRecord(Map.of(), Map.of(), "logs", 0, null, null, schema, value, timestamp, headers);
    }

    private static Transformation<SourceRecord> create(String name) {
        Transformation<SourceRecord> transformation = switch (name) {
            case "Identity" -> new Passthrough(false);
            case "CopyRecord" -> new Passthrough(true);
            case "ParseJson" -> new ParseJson<>();
            case "ParseLine" -> new ParseLine<>();
            case "Mask" -> new Mask<>();
            case "WindowAggregate" -> new WindowAggregate<>();
            case "RegexFilter" -> new RegexFilter<>();
            case "TimestampHeader" -> new TimestampHeader<>();
            case "HostHeader" -> new HostHeader<>();
            case "StaticHeaders" -> new StaticHeaders<>();
            case "UuidHeader" -> new UuidHeader<>();
            case "RemoveHeaders" -> new RemoveHeaders<>();
            case "RegexExtractor" -> new RegexExtractor<>();
            case "SearchReplace" -> new SearchReplace<>();
            case "Sample" -> new Sample<>();
            case "MultiplexRouter" -> new MultiplexRouter<>();
            default -> throw new IllegalArgumentException("no benchmark for " + name);
        };
        transformation.configure(configOf(name));
        return transformation;
    }

    private static Map<String, String> configOf(String name) {
        return switch (name) {
            case "ParseLine" -> Map.of("pattern", "%{COMBINEDAPACHELOG}");
            case "Mask" -> Map.of("presets", "email,ipv4,ipv6,card,bearer");
            case "WindowAggregate" -> Map.of("window.size.ms", "1000", "group.by.fields", "path",
                    "aggregate.fields", "bytes");
            case "RegexFilter" -> Map.of("pattern", "\" [45]\\d\\d ", "exclude", "true");
            case "StaticHeaders" -> Map.of("headers", "datacenter:NYC,tier:edge");
            case "RemoveHeaders" -> Map.of("names", "Authorization", "pattern", "x-debug-.*");
            case "RegexExtractor" -> Map.of("pattern", "\"(?<method>[A-Z]+) (?<path>\\S+) HTTP/[\\d.]+\" (?<status>\\d{3})");
            case "SearchReplace" -> Map.of("pattern", "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}", "replacement", "0.0.0.0");
            case "Sample" -> Map.of("fraction", "0.5", "mode", "hash", "hash.source", "header:host");
            case "MultiplexRouter" -> Map.of("source", "header:host", "mappings", "edge-1:logs-edge,core-1:logs-core");
            default -> Map.of();
        };
    }

    /** The limits: a transform that returns the record, or a copy of it (new record, copied headers). */
    private static final class Passthrough implements Transformation<SourceRecord> {
        private final boolean copy;

        Passthrough(boolean copy) {
            this.copy = copy;
        }

        @Override
        public SourceRecord apply(SourceRecord record) {
            return copy ? record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                    record.valueSchema(), record.value(), record.timestamp(), record.headers().duplicate()) : record;
        }

        @Override
        public ConfigDef config() {
            return new ConfigDef();
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }

        @Override
        public void close() {
        }
    }
}
