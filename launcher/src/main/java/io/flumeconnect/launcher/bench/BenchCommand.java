package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.Command;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.Options;
import io.flumeconnect.launcher.process.JvmProfile;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.LocalStack;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * {@code bin/flume-connect bench NAME [--key=value ...]}: starts a real broker and worker with the
 * packaged plugins, runs one benchmark and prints its result against the limit measured in the same run.
 * Without a name, lists the benchmarks.
 */
public final class BenchCommand implements Command {
    private final PrintStream out = System.out;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "[NAME [--kafka=VERSION] [--jvm=kafka-scripts|small] [--worker-heap=SIZE] [--worker-jvm-options=\"OPTION ...\"] [--plot] [--key=value ...]]   run one benchmark (result.json, rounds.csv, with --plot result.svg); without NAME, list them";
    }

    @Override
    public int run(List<String> args, LauncherHome home) throws Exception {
        Options options = Options.parse(args);
        Optional<Benchmark> benchmark = options.positional().stream().findFirst().flatMap(BenchCommand::find);
        if (benchmark.isEmpty()) {
            out.println(options.positional().isEmpty() ? "Benchmarks:" : "No benchmark " + options.positional().get(0) + "; there are:");
            all().forEach(b -> out.printf("  %-24s %s%n", b.name(), b.description()));
            return options.positional().isEmpty() ? 0 : 2;
        }
        run(benchmark.get(), options, home);
        return 0;
    }

    private void run(Benchmark benchmark, Options options, LauncherHome home) throws Exception {
        String kafka = options.get("kafka", home.kafkaVersion());
        KafkaRuntime runtime = KafkaRuntime.resolve(home.home(), kafka, out);
        Path dir = home.freshWorkDir("bench-" + benchmark.name());
        List<Path> pluginPath = new ArrayList<>(home.pluginPath());
        // The test plugin's counting source is the tail benchmark's ceiling of a source connector.
        pluginPath.add(home.home().resolve("plugin-smoke").resolve(home.target()).resolve("plugin-path"));
        pluginPath.addAll(benchmark.pluginPath(runtime, home.home(), out));
        JvmProfile jvm = JvmProfile.parse(options.get("jvm", JvmProfile.KAFKA_SCRIPTS.cliName()));
        List<String> workerJvm = workerJvm(options);
        try (LocalStack stack = LocalStack.start(runtime, dir.resolve("stack"), pluginPath, Map.of(), jvm, workerJvm,
                out)) {
            BenchContext context = new BenchContext(stack, Files.createDirectories(dir.resolve("work")), out, options);
            out.printf("Running benchmark %s...%n", benchmark.name());
            BenchResult result = benchmark.run(context);
            String setup = "Kafka %s broker (KRaft, 1 node) and Connect worker (distributed), separate JVMs (--jvm=%s: %s%s)"
                    .formatted(kafka, jvm.cliName(), jvm.describe(),
                            workerJvm.isEmpty() ? "" : "; worker also: " + String.join(" ", workerJvm));
            new ResultPrinter(out).print(benchmark, result, setup);
            for (Path file : ResultFiles.write(dir, benchmark, result, setup, options.flag("plot"))) {
                out.println("written: " + file);
            }
        }
    }

    /** The worker's JVM options after {@code --jvm}'s: {@code --worker-heap}, then {@code --worker-jvm-options}. */
    static List<String> workerJvm(Options options) {
        List<String> jvm = new ArrayList<>();
        String heap = options.get("worker-heap", "");
        if (!heap.isEmpty()) {
            jvm.addAll(List.of("-Xms" + heap, "-Xmx" + heap));
        }
        String more = options.get("worker-jvm-options", "").strip();
        if (!more.isEmpty()) {
            jvm.addAll(List.of(more.split("\\s+")));
        }
        return jvm;
    }

    /** Every benchmark on the class path, by name. */
    static List<Benchmark> all() {
        return ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Benchmark::name)).toList();
    }

    static Optional<Benchmark> find(String name) {
        return all().stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
