package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.KafkaRuntime;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One named benchmark, run by {@code bin/flume-connect bench NAME} on a real broker and worker
 * ({@link BenchContext#stack()}). It measures its own throughput and, in the same run on the same broker,
 * the limit it is compared with ({@link BenchContext#baseline()}), and returns both.
 *
 * <p>Implementations are listed in {@code META-INF/services/io.flumeconnect.launcher.bench.Benchmark}
 * and need a public no-argument constructor.
 */
public interface Benchmark {
    /** Kebab-case name given on the command line, e.g. {@code tail-source}. */
    String name();

    /** One line: what is measured, against which limit. */
    String description();

    BenchResult run(BenchContext context) throws Exception;

    /** Plugin directories the worker needs beyond this build's plugins, e.g. a connector compared with. */
    default List<Path> pluginPath(KafkaRuntime runtime, Path flumeHome, PrintStream progress) throws Exception {
        return List.of();
    }
}
