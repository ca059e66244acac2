package io.flumeconnect.launcher.process;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The heap and garbage-collector options the broker's and the worker's JVMs start with. */
public enum JvmProfile {
    /**
     * 512 MB each: the tests and the quickstart, which run a broker and up to three workers beside Maven on a
     * small machine.
     */
    SMALL(List.of("-Xmx512m", "-XX:+UseG1GC"), List.of("-Xmx512m", "-XX:+UseG1GC")),
    /**
     * As Kafka's own scripts start them: {@code kafka-server-start.sh} gives the broker a 1 GB heap,
     * {@code connect-distributed.sh} the worker up to 2 GB, and {@code kafka-run-class.sh} both its G1 settings.
     * The benchmarks use this, so their figures are those of a worker run the usual way.
     */
    KAFKA_SCRIPTS(withScriptGc("-Xms1G", "-Xmx1G"), withScriptGc("-Xms256M", "-Xmx2G"));

    private final List<String> broker;
    private final List<String> worker;

    JvmProfile(List<String> broker, List<String> worker) {
        this.broker = broker;
        this.worker = worker;
    }

    private static List<String> withScriptGc(String... heap) {
        return Stream.concat(Stream.of(heap), Stream.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent")).toList();
    }

    /** {@code small} or {@code kafka-scripts}, as a command line names it. */
    public static JvmProfile parse(String name) {
        for (JvmProfile profile : values()) {
            if (profile.cliName().equals(name)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("--jvm must be small or kafka-scripts, not " + name);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<String> broker() {
        return broker;
    }

    public List<String> worker() {
        return worker;
    }

    /** For a benchmark's printed set-up. */
    public String describe() {
        return "broker " + String.join(" ", broker) + "; worker " + String.join(" ", worker);
    }
}
