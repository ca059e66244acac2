package io.flumeconnect.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -cp ... io.flumeconnect.aggregator.AggregatorMain agg.properties} (or {@code agg.json}, an object
 * of string settings): runs the aggregator until SIGTERM. Several instances with the same application.id share
 * the input's partitions; one that dies hands its tasks, with their window state, to the others.
 */
public final class AggregatorMain {
    private static final Logger log = LoggerFactory.getLogger(AggregatorMain.class);

    private AggregatorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AggregatorMain CONFIG (a .properties file, or a .json object of settings)");
            System.exit(2);
        }
        AggregatorConfig config;
        try {
            config = new AggregatorConfig(load(Path.of(args[0])));
        } catch (ConfigException e) {
            System.err.println("aggregator: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new TopicCheck(config).requireTopics();
        } catch (ConfigException e) {
            System.err.println("aggregator: " + e.getMessage());
            System.exit(2);
        }
        run(config);
    }

    /** Reads a .properties file or a JSON object (e.g. a connector-like {"config": {...}} or the settings alone). */
    public static Map<String, String> load(Path file) throws IOException {
        Map<String, String> settings = new HashMap<>();
        if (file.toString().endsWith(".json")) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            JsonNode object = root.has("config") ? root.get("config") : root;
            object.fields().forEachRemaining(field -> settings.put(field.getKey(), field.getValue().asText()));
        } else {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        }
        return settings;
    }

    private static void run(AggregatorConfig config) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (AggregatorMetrics metrics = new AggregatorMetrics(config.applicationId);
             KafkaStreams streams = new KafkaStreams(AggregatorTopology.build(config, metrics),
                     config.streamsProperties())) {
            streams.setUncaughtExceptionHandler(error -> {
                log.error("Aggregator thread failed; replacing it (its tasks restart from their last commit)", error);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.setStateListener((now, before) -> {
                log.info("Aggregator {}: {} -> {}", config.applicationId, before, now);
                if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                    stopped.countDown();
                }
            });
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "aggregator-shutdown"));
            streams.start();
            stopped.await();
        }
    }
}
