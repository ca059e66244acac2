package io.flumeconnect.sources.syslog;

import static io.flumeconnect.sources.syslog.SyslogClients.config;
import static io.flumeconnect.sources.syslog.SyslogClients.fields;
import static io.flumeconnect.sources.syslog.SyslogClients.freePort;
import static io.flumeconnect.sources.syslog.SyslogClients.logger;
import static io.flumeconnect.sources.syslog.SyslogClients.numbered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.TestCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * rsyslog forwarding to the connector over TCP (octet-counted, RFC 5424), TLS and RELP. Needs the Debian packages
 * rsyslog, rsyslog-gnutls (TLS) and rsyslog-relp (RELP); each test skips, naming the package, without them.
 */
class RsyslogForwardingIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int MESSAGES = 500;
    /** Retry for ever, from a queue of its own, so rsyslog's input never blocks. */
    private static final String RELIABLE = "action.resumeRetryCount=\"-1\" action.resumeInterval=\"1\" "
            + "queue.type=\"LinkedList\"";

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    private void forward(String name, Map<String, String> connector, String module, String globals, String action)
            throws Exception {
        String missing = Rsyslog.missingPackage(module);
        assumeThat(missing).as("Debian package " + missing + " is needed").isNull();
        List<String> messages = numbered(name, MESSAGES);
        cluster.createTopic(name, 1);
        cluster.putConnector(name, connector);
        try (Rsyslog rsyslog = Rsyslog.start(dir, globals, action)) {
            cluster.awaitRunning(name, 1);
            logger(rsyslog.inputPort, messages, "-T", "--rfc3164");
            // rsyslog's %msg% of an RFC 3164 input keeps the space after the tag, and RFC 5424 templates send it
            assertThat(fields(cluster.awaitRecords(name, MESSAGES, WAIT), "message")).map(String::strip)
                    .containsExactlyInAnyOrderElementsOf(messages);
        } finally {
            cluster.deleteConnector(name);
        }
    }

    @Test
    void overTcpOctetCountedRfc5424() throws Exception {
        int port = freePort();
        forward("rs-tcp", config("rs-tcp", port, "format", "rfc5424"), null, "",
                "action(type=\"omfwd\" target=\"127.0.0.1\" port=\"" + port + "\" protocol=\"tcp\" "
                        + "TCP_Framing=\"octet-counted\" template=\"RSYSLOG_SyslogProtocol23Format\" " + RELIABLE + ")");
    }

    @Test
    void overTls() throws Exception {
        TestCertificates certificates = TestCertificates.create(dir);
        int port = freePort();
        forward("rs-tls", config("rs-tls", port, "tls.enabled", "true",
                        "tls.keystore.path", certificates.serverKeystore().toString(),
                        "tls.keystore.password", TestCertificates.PASSWORD),
                "lmnsd_gtls", "defaultNetstreamDriverCAFile=\"" + certificates.serverCertificatePem() + "\"",
                "action(type=\"omfwd\" target=\"127.0.0.1\" port=\"" + port + "\" protocol=\"tcp\" "
                        + "StreamDriver=\"gtls\" StreamDriverMode=\"1\" StreamDriverAuthMode=\"x509/name\" "
                        + "StreamDriverPermittedPeers=\"localhost\" " + RELIABLE + ")");
    }

    @Test
    void overRelp() throws Exception {
        int port = freePort();
        forward("rs-relp", config("rs-relp", port, "protocol", "relp"), "omrelp", "",
                "module(load=\"omrelp\")\naction(type=\"omrelp\" target=\"127.0.0.1\" port=\"" + port + "\" "
                        + RELIABLE + ")");
    }
}
