package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.ThreadCpu;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU per line: the worker's process CPU time spent while a connector moves a file of log lines into a topic,
 * divided by the lines, for Kafka's own FileStreamSource and the tail source (without headers, with Flume's four,
 * and with its fastest value settings), one after the other on the same worker, file and producer settings, and the
 * test plugin's counting source (records of the same size built in memory) without and with the four headers: what
 * the headers cost the Connect runtime itself. CPU time
 * is what a busy shared machine disturbs least: a phase that waits for the CPU takes longer but not more CPU.
 *
 * <p>Each phase reads the whole file with a connector of its own into a topic of its own; what is counted runs from
 * the moment a tenth of the lines is in the topic to the last line, so connector start and JIT warm-up of the first
 * lines stay out. Round 1 warms up every phase and is not counted when there are more. A phase's topic is deleted
 * after it, so the broker's disk and page cache hold one phase's data at a time.
 */
public final class TailCostBenchmark implements Benchmark {
    private static final List<String> FOUR_HEADERS = List.of("file", "byteoffset", "host", "filegroup");
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";
    private static final String BYTES_CONVERTER = "org.apache.kafka.connect.converters.ByteArrayConverter";
    /** The aims of issue 10, against FileStreamSource's CPU per line. */
    private static final double AIM_WITHOUT_HEADERS = 1.0;
    private static final double AIM_WITH_HEADERS = 1.2;
    private static final long AIM_RSS_BYTES = 512L * 1_048_576;

    private record Phase(String name, Map<String, String> config) {
    }

    @Override
    public String name() {
        return "tail-cost";
    }

    @Override
    public String description() {
        return "CPU per line on one worker: FileStreamSource vs the tail source without headers, with the four Flume "
                + "headers (strings with the default or StringConverter header converter, bytes), and "
                + "value.type=bytes, and the counting source without and with the headers (the runtime's cost of them); --lines (1,000,000) or --size-mb (e.g. 1024) of --line-bytes (200), --rounds (2, "
                + "the first not counted), --batch-max-records (2000, both connectors), --jfr (a profile per phase), "
                + "--batch-size, --linger-ms, --compression, --buffer-memory";
    }

    @Override
    public List<Path> pluginPath(KafkaRuntime runtime, Path flumeHome, PrintStream progress) throws Exception {
        return List.of(runtime.connectFilePluginPath(flumeHome, progress));
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        int valueBytes = (int) context.option("line-bytes", 200) - 1;
        long sizeMb = context.option("size-mb", 0);
        long lines = sizeMb > 0 ? sizeMb * 1_000_000 / (valueBytes + 1) : context.option("lines", 1_000_000);
        int rounds = (int) Math.max(1, context.option("rounds", 2));
        Map<String, Object> producer = TailBenchmark.producerSettings(context);
        Path file = context.workDir().resolve("logs/app.log");
        context.out().printf("Writing %,d lines of %d bytes to %s...%n", lines, valueBytes + 1, file);
        TailBenchmark.write(file, 0, lines, valueBytes);
        List<Phase> phases = phases(file, producer, context.option("batch-max-records", 2000), lines, valueBytes);
        JavaProcess worker = context.stack().worker().process();
        Map<String, List<CpuCost>> costs = new HashMap<>();
        long peakRssAtRate = 0;
        for (int round = 1; round <= rounds; round++) {
            for (Phase phase : phases) {
                String id = "cost-" + round + "-" + phases.indexOf(phase);
                CpuCost cost = measure(context, worker, id, phase, lines, valueBytes);
                peakRssAtRate = Math.max(peakRssAtRate, cost.rssBytes());
                context.out().printf("Round %d of %d, %s: %s%n", round, rounds, phase.name(), cost);
                if (round > 1 || rounds == 1) {
                    costs.computeIfAbsent(phase.name(), name -> new ArrayList<>()).add(cost);
                }
            }
        }
        CpuCost fileStream = best(costs.get(phases.get(0).name()));
        CpuCost tail = best(costs.get(phases.get(1).name()));
        CpuCost headers = best(costs.get(phases.get(2).name()));
        CpuCost headersStringConverter = best(costs.get(phases.get(3).name()));
        CpuCost bytesHeaders = best(costs.get(phases.get(4).name()));
        CpuCost bytes = best(costs.get(phases.get(5).name()));
        CpuCost counting = best(costs.get(phases.get(6).name()));
        CpuCost countingHeaders = best(costs.get(phases.get(7).name()));
        List<String> notes = new ArrayList<>();
        notes.add("CPU per line (the worker's process CPU time over the lines moved, lowest of the counted rounds):");
        for (Phase phase : phases) {
            notes.add("  %-44s %s".formatted(phase.name(), best(costs.get(phase.name()))));
        }
        notes.add(aim("tail source without headers against FileStreamSource", tail, fileStream, AIM_WITHOUT_HEADERS));
        notes.add(aim("tail source with the four headers against FileStreamSource", headers, fileStream,
                AIM_WITH_HEADERS));
        notes.add(aim("tail source with the four headers and header.converter=StringConverter against FileStreamSource",
                headersStringConverter, fileStream, AIM_WITH_HEADERS));
        notes.add(aim("tail source with the four headers as bytes (record.headers.type=bytes, ByteArrayConverter) "
                + "against FileStreamSource", bytesHeaders, fileStream, AIM_WITH_HEADERS));
        notes.add("tail source, value.type=bytes + ByteArrayConverter, against FileStreamSource: %.2f"
                .formatted(bytes.microsPerLine() / fileStream.microsPerLine()));
        notes.add(headersCost(counting, countingHeaders, tail, headers, fileStream));
        notes.add("worker RSS at full rate (VmRSS at the end of each phase, highest): %d MB (aim < %d MB: %s); "
                .formatted(peakRssAtRate / 1_048_576, AIM_RSS_BYTES / 1_048_576,
                        peakRssAtRate < AIM_RSS_BYTES ? "met" : "NOT met")
                + "peak (VmHWM): %d MB".formatted(worker.peakRssBytes() / 1_048_576));
        notes.add(("lines of %d bytes, %,d per phase, %d round(s)%s; StringConverter unless said; records per poll "
                + "%d; producer settings ").formatted(valueBytes + 1, lines, rounds,
                rounds > 1 ? ", round 1 not counted" : "", context.option("batch-max-records", 2000)) + producer);
        return new BenchResult(tail.throughput(), fileStream.throughput(),
                "Kafka's FileStreamSource, same worker, file and producer settings", notes);
    }

    /**
     * What the four headers cost the Connect runtime itself (the counting source with and without them) against what
     * they cost the tail source, and the least a connector as cheap as the tail source without headers could spend
     * with them: its cost plus the runtime's.
     */
    private static String headersCost(CpuCost counting, CpuCost countingHeaders, CpuCost tail, CpuCost tailHeaders,
                                      CpuCost fileStream) {
        double runtime = countingHeaders.microsPerLine() - counting.microsPerLine();
        double ours = tailHeaders.microsPerLine() - tail.microsPerLine();
        double least = tail.microsPerLine() + runtime;
        return ("the four headers (default header converter) cost the Connect runtime %.2f µs/line (counting source: "
                + "%.2f -> %.2f) and the tail source %.2f µs/line (%.2f -> %.2f); the tail source without headers plus the "
                + "runtime's cost of the headers is %.2f µs/line, %.2f x FileStreamSource: the least the tail source "
                + "could spend with them").formatted(runtime, counting.microsPerLine(), countingHeaders.microsPerLine(),
                ours, tail.microsPerLine(), tailHeaders.microsPerLine(), least, least / fileStream.microsPerLine());
    }

    private static String aim(String what, CpuCost measured, CpuCost limit, double aim) {
        double ratio = measured.microsPerLine() / limit.microsPerLine();
        return "%s: %.2f (aim <= %.1f: %s)".formatted(what, ratio, aim, ratio <= aim ? "met" : "NOT met");
    }

    private static CpuCost best(List<CpuCost> costs) {
        return costs.stream().min((a, b) -> Double.compare(a.microsPerLine(), b.microsPerLine())).orElseThrow();
    }

    /**
     * FileStreamSource with its batch ({@code batch.size}) as large as the tail source's ({@code batch.max.records},
     * 2,000 by default, {@code --batch-max-records}); the tail source without headers, with
     * the four, and with bytes values (the fastest settings a user can choose).
     */
    private static List<Phase> phases(Path file, Map<String, Object> producer, long batchMaxRecords, long lines,
                                      int valueBytes) throws UnknownHostException {
        String path = file.toAbsolutePath().toString();
        String batch = Long.toString(batchMaxRecords);
        Map<String, String> fileStream = new HashMap<>(Map.of(
                "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
                "file", path, "batch.size", batch, "value.converter", STRING_CONVERTER));
        String four = String.join(",", FOUR_HEADERS);
        return List.of(
                new Phase("FileStreamSource", withProducer(fileStream, producer)),
                new Phase("tail source, no headers", tail(path, batch, producer, "", "string", STRING_CONVERTER)),
                new Phase("tail source, 4 headers", tail(path, batch, producer, four, "string", STRING_CONVERTER)),
                new Phase("tail source, 4 headers, header.converter=String",
                        withHeaderConverter(tail(path, batch, producer, four, "string", STRING_CONVERTER))),
                new Phase("tail source, 4 headers, record.headers.type=bytes",
                        withBytesHeaders(tail(path, batch, producer, four, "string", STRING_CONVERTER))),
                new Phase("tail source, no headers, bytes+ByteArrayConverter",
                        tail(path, batch, producer, "", "bytes", BYTES_CONVERTER)),
                new Phase("counting source (the runtime), no headers", counting(batch, producer, lines, valueBytes, "")),
                new Phase("counting source (the runtime), 4 headers",
                        counting(batch, producer, lines, valueBytes, runtimeHeaders(path, lines * (valueBytes + 1)))));
    }

    /**
     * The test plugin's counting source: records of the same size as the file's lines, built in memory, in polls as
     * large, with source offsets, string values and the same producer settings. With {@code headers}, each record
     * carries them as the tail source's four headers (strings, default header converter).
     */
    private static Map<String, String> counting(String batch, Map<String, Object> producer, long lines, int valueBytes,
                                                String headers) {
        return withProducer(new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "records", Long.toString(lines), "batch.size", batch, "poll.interval.ms", "0",
                "value.bytes", Integer.toString(valueBytes), "value.type", "string", "headers", headers,
                "value.converter", STRING_CONVERTER)), producer);
    }

    /** The tail source's four headers with values of the same lengths: the path, an offset half-way, host, group. */
    private static String runtimeHeaders(String path, long fileBytes) throws UnknownHostException {
        return "file=%s,byteoffset=%d,host=%s,filegroup=default".formatted(path, fileBytes / 2,
                InetAddress.getLocalHost().getHostName());
    }

    private static Map<String, String> tail(String path, String batch, Map<String, Object> producer, String headers,
                                            String valueType, String converter) {
        return withProducer(new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "files", path, "record.headers", headers, "value.type", valueType,
                "value.converter", converter, "batch.max.records", batch)), producer);
    }

    /** The headers' bytes are those of the worker's default SimpleHeaderConverter for string values, made cheaper. */
    private static Map<String, String> withHeaderConverter(Map<String, String> config) {
        config.put("header.converter", STRING_CONVERTER);
        return config;
    }

    /** The same header bytes again, encoded once per file by the task and written as they are by the worker. */
    private static Map<String, String> withBytesHeaders(Map<String, String> config) {
        config.put("record.headers.type", "bytes");
        config.put("header.converter", BYTES_CONVERTER);
        return config;
    }

    private static Map<String, String> withProducer(Map<String, String> config, Map<String, Object> producer) {
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        config.put("tasks.max", "1");
        return config;
    }

    /** One phase: a connector of its own reads the whole file into a topic of its own. */
    private static CpuCost measure(BenchContext context, JavaProcess worker, String id, Phase phase, long lines,
                                   int valueBytes) throws IOException, InterruptedException {
        context.createTopic(id, 1);
        Map<String, String> config = new HashMap<>(phase.config());
        config.put("topic", id);
        context.rest().putConnector(id, config);
        context.awaitRecords(id, Math.max(1, lines / 10), Duration.ofMinutes(5));
        WorkerProfile profile = context.flag("jfr")
                ? WorkerProfile.start(worker, id, context.workDir().resolve(id + ".jfr")) : null;
        long start = System.nanoTime();
        Duration cpuStart = worker.cpuTime();
        ThreadCpu threadsStart = ThreadCpu.of(worker.pid());
        long first = context.recordsIn(id);
        context.awaitRecords(id, lines, Duration.ofMinutes(30));
        Duration cpu = worker.cpuTime().minus(cpuStart);
        Map<String, Duration> byRole = ThreadCpu.of(worker.pid()).since(threadsStart);
        long rss = worker.rssBytes();
        if (profile != null) {
            context.out().printf("  %s: profile of the measured part in %s%n", phase.name(), profile.stop());
        }
        Throughput throughput = Throughput.since(start, lines - first, (lines - first) * valueBytes);
        context.rest().deleteConnector(id);
        context.deleteTopic(id);
        return new CpuCost(throughput, cpu, byRole, rss);
    }

    /**
     * What one phase cost: its throughput, the worker's CPU time meanwhile (also by thread role: task thread,
     * producer network thread, garbage collector, JIT, other), and the worker's RSS at its end.
     */
    record CpuCost(Throughput throughput, Duration cpu, Map<String, Duration> byRole, long rssBytes) {
        double microsPerLine() {
            return cpu.toNanos() / 1e3 / throughput.records();
        }

        @Override
        public String toString() {
            StringBuilder roles = new StringBuilder();
            byRole.forEach((role, time) -> roles.append(roles.isEmpty() ? "" : ", ").append(role)
                    .append(" %.2f".formatted(time.toNanos() / 1e3 / throughput.records())));
            return "%.2f µs CPU/line (%s), %,.0f lines/s, worker RSS %d MB".formatted(microsPerLine(), roles,
                    throughput.recordsPerSecond(), rssBytes / 1_048_576);
        }
    }
}
