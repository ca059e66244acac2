package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real rsyslogd (Debian packages rsyslog and rsyslog-relp) that follows a file ({@code imfile}) and forwards each
 * line, bare (template {@code %msg%}), over RELP ({@code omrelp}) from a queue of its own, retrying for ever: what it
 * has no {@code 200 OK} for, it sends again.
 */
final class RsyslogRelpForwarder implements AutoCloseable {
    private static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");

    private final Process process;

    private RsyslogRelpForwarder(Process process) {
        this.process = process;
    }

    static boolean installed() throws IOException {
        if (!Files.isExecutable(RSYSLOGD)) {
            return false;
        }
        try (var libs = Files.list(Path.of("/usr/lib"))) {
            return libs.anyMatch(dir -> Files.exists(dir.resolve("rsyslog/omrelp.so")));
        }
    }

    static RsyslogRelpForwarder start(Path dir, Path followed, int relpPort) throws IOException {
        Path work = Files.createDirectories(dir.resolve("rsyslog-work"));
        Path conf = dir.resolve("rsyslog.conf");
        Files.writeString(conf, """
                global(workDirectory="%s")
                module(load="imfile")
                module(load="omrelp")
                template(name="bare" type="string" string="%%msg%%")
                input(type="imfile" file="%s" tag="feed" freshStartTail="off")
                action(type="omrelp" target="127.0.0.1" port="%d" template="bare" action.resumeRetryCount="-1"
                       action.resumeInterval="1" queue.type="LinkedList" queue.size="200000")
                """.formatted(work, followed, relpPort));
        Process process = new ProcessBuilder(RSYSLOGD.toString(), "-n", "-f", conf.toString(),
                "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rsyslogd.out").toFile()).start();
        return new RsyslogRelpForwarder(process);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
