package io.flumeconnect.launcher.process;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM child process (broker or worker) whose output goes to a log file in its work directory. */
public final class JavaProcess implements AutoCloseable {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} on {@code classpath} with {@code jvmOptions}; output to {@code log}. The child
     * stops by itself when this JVM is gone ({@link ParentWatchdog}).
     */
    public static JavaProcess start(String name, String classpath, List<String> jvmOptions, String mainClass,
                                    List<String> args, Path log) throws IOException {
        return start(name, List.of(), classpath, jvmOptions, mainClass, args, log);
    }

    /**
     * As above, run through {@code wrapper}: a command that executes the rest of its command line in place, such
     * as {@code setpriv} with options (a test's worker without some capabilities).
     */
    public static JavaProcess start(String name, List<String> wrapper, String classpath, List<String> jvmOptions,
                                    String mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            // A session of its own: Ctrl-C in the terminal reaches only the launcher, which then stops the
            // worker before the broker instead of both dying at once.
            command.add(SETSID.toString());
        }
        command.addAll(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath + File.pathSeparator + launcherClasses());
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(mainClass);
        command.addAll(args);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        JavaProcess started = new JavaProcess(name, process, log);
        ChildProcesses.started(started);
        return started;
    }

    /** Runs a tool to completion; fails with the tail of its log when it exits non-zero. */
    public static void runToCompletion(String name, String classpath, List<String> jvmOptions, String mainClass,
                                       List<String> args, Path log) throws IOException, InterruptedException {
        try (JavaProcess tool = start(name, classpath, jvmOptions, mainClass, args, log)) {
            if (!tool.process.waitFor(2, TimeUnit.MINUTES) || tool.process.exitValue() != 0) {
                throw new IOException(name + " failed; its output:\n" + tool.logTail());
            }
        }
    }

    /** Where the launcher's own classes are, so that a child can run {@link ParentWatchdog}. */
    private static String launcherClasses() {
        try {
            return Path.of(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the launcher's class path", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The process's peak resident memory in bytes ({@code VmHWM} on Linux), or -1 where unknown. */
    public long peakRssBytes() {
        return statusBytes("VmHWM:");
    }

    /** The process's resident memory now in bytes ({@code VmRSS} on Linux), or -1 where unknown. */
    public long rssBytes() {
        return statusBytes("VmRSS:");
    }

    /** CPU time the process has used so far, all its threads, user and system (zero where unknown). */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private long statusBytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** User and system CPU seconds the process used so far, from {@code /proc/<pid>/stat} (100 ticks/s; Linux). */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Fails with the log's tail when the process has died, e.g. while waiting for it to come up. */
    public void checkAlive() throws IOException {
        if (!isAlive()) {
            throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log + ":\n" + logTail());
        }
    }

    /** SIGKILL: no shutdown hooks, no flushes, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ChildProcesses.stopped(this);
    }

    /**
     * SIGTERM and a clean shutdown; SIGKILL if it has not exited after 30 s, or at once when this thread is
     * interrupted while waiting (the interrupt is kept).
     */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            ChildProcesses.stopped(this);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
