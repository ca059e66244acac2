package io.flumeconnect.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The soft limit on open files ({@code RLIMIT_NOFILE}) of another process, read from {@code /proc/PID/limits} and
 * set with util-linux's {@code prlimit --pid}: lowering it makes every new {@code open}, {@code socket} or
 * {@code accept} of that process fail with EMFILE ("Too many open files") while the descriptors it has keep working.
 */
public final class OpenFileLimit {
    private final long pid;
    private final String soft;
    private final String hard;

    private OpenFileLimit(long pid, String soft, String hard) {
        this.pid = pid;
        this.soft = soft;
        this.hard = hard;
    }

    /** True when {@code prlimit} runs here. */
    public static boolean prlimitAvailable() throws InterruptedException {
        try {
            return run(List.of("prlimit", "--version")).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The limits process {@code pid} has now, to be {@link #restore}d. */
    public static OpenFileLimit of(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "limits"))) {
            if (line.startsWith("Max open files")) {
                String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                return new OpenFileLimit(pid, fields[0], fields[1]);
            }
        }
        throw new IOException("no open files limit in /proc/" + pid + "/limits");
    }

    /**
     * Lowers the soft limit to the lowest descriptor number the process has free (the kernel always hands out the
     * lowest), so that it can open nothing new; again while a descriptor below was closed meanwhile. Returns the
     * limit set.
     */
    public int leaveNoneFree() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            int free = OpenFiles.lowestFree(pid);
            set(Integer.toString(free));
            if (OpenFiles.lowestFree(pid) >= free) {
                return free;
            }
        }
        throw new IOException("the descriptors of " + pid + " keep changing: cannot leave it none free");
    }

    /** Gives the process back the soft limit it had. */
    public void restore() throws IOException, InterruptedException {
        set(soft);
    }

    @Override
    public String toString() {
        return "RLIMIT_NOFILE " + soft + ":" + hard + " of " + pid;
    }

    private void set(String newSoft) throws IOException, InterruptedException {
        String failure = run(List.of("prlimit", "--pid", Long.toString(pid), "--nofile=" + newSoft + ":" + hard));
        if (!failure.isEmpty()) {
            throw new IOException("prlimit --pid " + pid + " --nofile=" + newSoft + ":" + hard + " failed: " + failure);
        }
    }

    /** Runs {@code command}: empty when it succeeded, else its output (or why it did not finish). */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "did not finish in 30 s";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ": " + output;
    }
}
