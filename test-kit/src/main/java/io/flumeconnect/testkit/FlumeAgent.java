package io.flumeconnect.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Apache Flume agent ({@code org.apache.flume.node.Application -f flume.conf -n NAME}) in its own JVM,
 * from the jars of {@code flume-ng-node} and the file channel resolved from Maven Central with the project's
 * {@code ./mvnw} and kept under {@code ~/.cache/flume-connect/flume-VERSION/libs}. No tarball is downloaded.
 */
public final class FlumeAgent implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int monitoringPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private FlumeAgent(Process process, Path log, int monitoringPort) {
        this.process = process;
        this.log = log;
        this.monitoringPort = monitoringPort;
    }

    /**
     * Starts agent {@code name} with {@code config} (a flume.conf) in {@code dir}, which also takes its log. The
     * agent reports its counters over HTTP ({@link #counter}).
     */
    public static FlumeAgent start(String version, Path dir, String name, String config)
            throws IOException, InterruptedException {
        Path libs = resolve(version);
        Files.createDirectories(dir);
        Path conf = Files.writeString(dir.resolve("flume.conf"), config);
        Path log4j = Files.writeString(dir.resolve("log4j2.xml"), """
                <Configuration status="warn"><Appenders><Console name="out" target="SYSTEM_OUT">
                <PatternLayout pattern="%d %p %c{1} - %m%n"/></Console></Appenders>
                <Loggers><Root level="info"><AppenderRef ref="out"/></Root></Loggers></Configuration>
                """);
        Path log = dir.resolve("agent.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int monitoringPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            monitoringPort = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(java, "-Xmx192m", "-XX:+UseSerialGC",
                "-Dlog4j.configurationFile=" + log4j, "-Dflume.monitoring.type=http",
                "-Dflume.monitoring.port=" + monitoringPort, "-cp", libs + File.separator + "*",
                "org.apache.flume.node.Application", "-f", conf.toString(), "-n", name)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new FlumeAgent(process, log, monitoringPort);
    }

    /**
     * A counter of one of the agent's components from its HTTP monitoring, e.g. {@code counter("CHANNEL.c",
     * "ChannelSize")} or {@code counter("SINK.k", "EventDrainSuccessCount")}; -1 while the agent does not answer.
     */
    public long counter(String component, String name) {
        try {
            String json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitoringPort + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            int start = json.indexOf("\"" + component + "\"");
            Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":\"?(-?\\d+)").matcher(json);
            return start >= 0 && matcher.find(start) ? Long.parseLong(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The channel and sink of an agent {@code a} as a tiered Flume deployment has them: file channel {@code c} in
     * {@code dir} holding up to {@code capacity} events, {@code avro} sink {@code k} sending batches of 100 to
     * {@code 127.0.0.1:port}. Its source is {@code s}, to be configured by the caller.
     */
    public static String fileChannelToAvroSink(Path dir, int capacity, int port) {
        return """
                a.sources = s
                a.channels = c
                a.sinks = k
                a.sources.s.channels = c
                a.channels.c.type = file
                a.channels.c.checkpointDir = %1$s/checkpoint
                a.channels.c.dataDirs = %1$s/data
                a.channels.c.capacity = %2$d
                a.channels.c.transactionCapacity = 1000
                a.sinks.k.type = avro
                a.sinks.k.channel = c
                a.sinks.k.hostname = 127.0.0.1
                a.sinks.k.port = %3$d
                a.sinks.k.batch-size = 100
                """.formatted(dir, capacity, port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The agent's output so far, for assertion messages. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Stops the agent as an operator would (SIGTERM: Flume's shutdown hook closes its channels). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Path resolve(String version) throws IOException, InterruptedException {
        Path dir = cacheRoot().resolve("flume-" + version);
        Path libs = dir.resolve("libs");
        Path complete = dir.resolve(".complete");
        if (!Files.exists(complete)) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), runtimePom(version));
            Path mvnw = Path.of(System.getProperty("flume.repo.root", "."), "mvnw").toAbsolutePath();
            Process mvn = new ProcessBuilder(List.of(mvnw.toString(), "-q", "-B", "-f", "pom.xml",
                    "dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory=libs"))
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("resolve.log").toFile()).start();
            if (!mvn.waitFor(15, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
                mvn.destroyForcibly();
                throw new IOException("resolving Flume " + version + "'s jars failed, see " + dir.resolve("resolve.log"));
            }
            Files.writeString(complete, version);
        }
        return libs;
    }

    private static Path cacheRoot() {
        String override = System.getenv("FLUME_CONNECT_CACHE");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cache", "flume-connect");
    }

    private static String runtimePom(String version) {
        // The Log4j of this JVM's test class path: the version the build pins.
        String log4j = org.apache.logging.log4j.core.Logger.class.getPackage().getImplementationVersion();
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.flumeconnect.runtime</groupId>
                  <artifactId>flume-runtime</artifactId>
                  <version>%1$s</version>
                  <packaging>pom</packaging>
                  <dependencies>
                    <dependency><groupId>org.apache.flume</groupId><artifactId>flume-ng-node</artifactId><version>%1$s</version></dependency>
                    <dependency><groupId>org.apache.flume.flume-ng-channels</groupId><artifactId>flume-file-channel</artifactId><version>%1$s</version></dependency>
                    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>%2$s</version></dependency>
                    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>%2$s</version></dependency>
                  </dependencies>
                </project>
                """.formatted(version, log4j);
    }
}
