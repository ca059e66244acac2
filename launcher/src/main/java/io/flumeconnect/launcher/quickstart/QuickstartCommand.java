package io.flumeconnect.launcher.quickstart;

import io.flumeconnect.launcher.Command;
import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.Options;
import io.flumeconnect.launcher.process.JvmProfile;
import io.flumeconnect.launcher.process.KafkaRuntime;
import io.flumeconnect.launcher.process.LocalStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/flume-connect quickstart}: a real Kafka broker and Connect worker in separate processes, the
 * packaged plugins on the worker's plugin.path, the quickstart pipeline from config-examples registered
 * over REST, sample log lines written and followed until they land in the sink's files. Then it keeps
 * running until Ctrl-C (or exits at once with {@code --exit-when-done}).
 */
public final class QuickstartCommand implements Command {
    private final PrintStream out = System.out;

    @Override
    public String name() {
        return "quickstart";
    }

    @Override
    public String usage() {
        return "[--events=N] [--exit-when-done] [--timeout-seconds=S] [--kafka=VERSION]";
    }

    @Override
    public int run(List<String> args, LauncherHome home) throws Exception {
        Options options = Options.parse(args);
        int events = (int) options.get("events", 20);
        Duration timeout = Duration.ofSeconds(options.get("timeout-seconds", 180));
        Path dir = home.freshWorkDir("quickstart");
        QuickstartPipeline pipeline = QuickstartPipeline.load(home.home(), dir);
        KafkaRuntime runtime = KafkaRuntime.resolve(home.home(), options.get("kafka", home.kafkaVersion()), out);

        // On Ctrl-C the launcher's shutdown hook stops the worker, then the broker (see ChildProcesses).
        int exitCode;
        try (LocalStack stack = LocalStack.start(runtime, dir.resolve("stack"), home.pluginPath(), Map.of(), JvmProfile.SMALL, out)) {
            exitCode = runPipeline(stack, pipeline, dir, events, timeout, options.flag("exit-when-done"));
        }
        out.println("Stopped the Connect worker and the Kafka broker.");
        return exitCode;
    }

    private int runPipeline(LocalStack stack, QuickstartPipeline pipeline, Path dir, int events, Duration timeout,
                            boolean exitWhenDone) throws Exception {
        register(stack, pipeline);
        SampleLog log = new SampleLog(dir.resolve(QuickstartPipeline.LOG_FILE));
        SinkWatcher sink = new SinkWatcher(dir.resolve(QuickstartPipeline.SINK_DIR));
        out.printf("Writing %d log lines to %s; waiting for them in %s...%n", events, log.file(), sink.dir());
        log.append(events);
        long arrived = sink.await(events, timeout, out);
        sink.printSample(3, out);
        printTryIt(stack, log, sink, dir);
        if (arrived < events) {
            out.printf("Only %d of %d events reached the sink within %s; see the worker's log %s%n",
                    arrived, events, timeout, workerLog(stack));
            return 1;
        }
        if (!exitWhenDone) {
            out.println("Press Ctrl-C to stop the worker and the broker.");
            sink.follow(out);
        }
        return 0;
    }

    /** Creates the pipeline's topics, registers its connectors over REST and waits until they run. */
    private void register(LocalStack stack, QuickstartPipeline pipeline) throws Exception {
        stack.broker().createTopics(1, pipeline.topics().toArray(String[]::new));
        for (QuickstartPipeline.Connector connector : pipeline.connectors()) {
            out.printf("Registering connector %s (%s/%s) over REST...%n", connector.name(),
                    QuickstartPipeline.EXAMPLES, connector.source().getFileName());
            stack.rest().putConnector(connector.name(), connector.config());
        }
        for (QuickstartPipeline.Connector connector : pipeline.connectors()) {
            stack.rest().awaitRunning(connector.name(), Duration.ofSeconds(120));
            out.printf("  %s is RUNNING%n", connector.name());
        }
    }

    private static Path workerLog(LocalStack stack) {
        return stack.worker().process().log().resolveSibling("connect.log");
    }

    private void printTryIt(LocalStack stack, SampleLog log, SinkWatcher sink, Path dir) {
        String url = stack.rest().url().toString();
        out.println();
        out.printf("Connect REST API: %s   (Kafka at %s)%n", url, stack.broker().bootstrapServers());
        out.printf("Logs: %s and %s%n", workerLog(stack), dir.resolve("stack/kafka/broker.log"));
        out.println("Try:");
        out.printf("  curl -s %sconnectors?expand=status%n", url);
        out.printf("  curl -s %sconnector-plugins?connectorsOnly=false%n", url);
        out.printf("  echo \"$(date -u +%%FT%%TZ) INFO my own line\" >> %s   # then look in %s%n", log.file(), sink.dir());
    }
}
