package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How to start a process for which a file of mode 000 is unreadable, as it is for any user but root: as a normal
 * user, nothing to do; as root, {@code setpriv} (util-linux) takes {@code CAP_DAC_OVERRIDE} and
 * {@code CAP_DAC_READ_SEARCH} out of the process's bounding and inheritable sets, so its root is bound by file
 * modes. Decided by trying it, not by asking who we are.
 */
final class WithoutReadOverride {
    /** The capabilities that let root read any file, and their bits in {@code /proc/PID/status}'s {@code CapEff}. */
    private static final String CAPABILITIES = "-dac_override,-dac_read_search";
    private static final long CAPABILITY_BITS = (1L << 1) | (1L << 2);
    static final List<String> SETPRIV = List.of("setpriv", "--inh-caps=" + CAPABILITIES,
            "--bounding-set=" + CAPABILITIES);

    private WithoutReadOverride() {
    }

    /**
     * The command prefix under which a mode-000 file in {@code dir} cannot be read: empty when a child process
     * already cannot read it, {@link #SETPRIV} when that makes it unreadable, none when neither does (root
     * without {@code setpriv} or without the right to drop capabilities).
     */
    static Optional<List<String>> wrapper(Path dir) throws IOException, InterruptedException {
        Path probe = Files.createTempFile(Files.createDirectories(dir), "mode-000-", ".probe");
        try {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
            if (!readable(List.of(), probe)) {
                return Optional.of(List.of());
            }
            if (runs(SETPRIV, "true") && !readable(SETPRIV, probe)) {
                return Optional.of(SETPRIV);
            }
            return Optional.empty();
        } finally {
            Files.delete(probe);
        }
    }

    /** True when process {@code pid} has neither capability in its effective set. */
    static boolean lacksReadOverride(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("CapEff:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & CAPABILITY_BITS) == 0;
            }
        }
        throw new IOException("no CapEff in /proc/" + pid + "/status");
    }

    private static boolean readable(List<String> wrapper, Path file) throws IOException, InterruptedException {
        return runs(wrapper, "test", "-r", file.toString());
    }

    private static boolean runs(List<String> wrapper, String... command) throws InterruptedException {
        List<String> line = new ArrayList<>(wrapper);
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
