package io.flumeconnect.sources.syslog;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real rsyslogd in the foreground, with its own configuration, pid file and work directory: it takes messages on a
 * TCP port of its own ({@code imtcp}, fed with logger) and forwards them with the action the test writes.
 */
final class Rsyslog implements AutoCloseable {
    private static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");

    private final Process process;
    final int inputPort;

    private Rsyslog(Process process, int inputPort) {
        this.process = process;
        this.inputPort = inputPort;
    }

    /** Null when rsyslog is installed, else which Debian package is missing. */
    static String missingPackage(String module) throws IOException {
        if (!Files.isExecutable(RSYSLOGD)) {
            return "rsyslog";
        }
        if (module == null) {
            return null;
        }
        try (Stream<Path> libs = Files.list(Path.of("/usr/lib"))) {
            boolean found = libs.anyMatch(dir -> Files.exists(dir.resolve("rsyslog").resolve(module + ".so")));
            return found ? null : module.contains("relp") ? "rsyslog-relp" : "rsyslog-gnutls";
        }
    }

    /** Starts rsyslogd in {@code dir} with {@code globals} and {@code action} (RainerScript), and waits for its input. */
    static Rsyslog start(Path dir, String globals, String action) throws IOException, InterruptedException {
        int inputPort = SyslogClients.freePort();
        Path work = Files.createDirectories(dir.resolve("work"));
        Path conf = dir.resolve("rsyslog.conf");
        Files.writeString(conf, "global(workDirectory=\"" + work + "\" " + globals + ")\n"
                + "module(load=\"imtcp\")\n"
                + "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + inputPort + "\")\n"
                + action + "\n");
        Process process = new ProcessBuilder(RSYSLOGD.toString(), "-n", "-f", conf.toString(),
                "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rsyslogd.out").toFile()).start();
        Rsyslog rsyslog = new Rsyslog(process, inputPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!rsyslog.accepting()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                rsyslog.close();
                throw new IllegalStateException("rsyslogd did not start: " + Files.readString(dir.resolve("rsyslogd.out")));
            }
            Thread.sleep(100);
        }
        return rsyslog;
    }

    private boolean accepting() {
        try (Socket ignored = new Socket("127.0.0.1", inputPort)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
