package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JFR recording ({@code settings=profile}) of the worker over a benchmark's measured part, through the JDK's
 * {@code jcmd} (the bench's own JDK: the worker runs on it). Read it with {@code jfr print --events
 * jdk.ExecutionSample} or {@code jdk.ObjectAllocationSample}.
 */
final class WorkerProfile {
    private final JavaProcess worker;
    private final String name;
    private final Path file;

    private WorkerProfile(JavaProcess worker, String name, Path file) {
        this.worker = worker;
        this.name = name;
        this.file = file;
    }

    /** Starts recording the worker into {@code file}. */
    static WorkerProfile start(JavaProcess worker, String name, Path file) throws IOException, InterruptedException {
        jcmd(worker, "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
        return new WorkerProfile(worker, name, file);
    }

    /** Stops the recording and writes its file. */
    Path stop() throws IOException, InterruptedException {
        jcmd(worker, "JFR.stop", "name=" + name);
        return file;
    }

    private static void jcmd(JavaProcess worker, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(worker.pid())));
        args.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (jcmd.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", args));
        }
    }
}
