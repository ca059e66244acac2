package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.TestCertificates;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS on the listener base, with certificates made by the test, and the TLS keys' validation. */
class ListenerTlsTest {
    private static final ConfigDef TLS_ONLY = TlsConfig.addTo(new ConfigDef());

    @TempDir
    static Path dir;
    private static TestCertificates certificates;

    private final PluginCounters counters = PluginCounters.forTransform("listener-tls-test");
    private Listener listener;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (listener != null) {
            listener.stop();
        }
        counters.close();
    }

    private static Map<String, String> tls(String clientAuth) {
        Map<String, String> props = new HashMap<>();
        props.put(TlsConfig.ENABLED_CONFIG, "true");
        props.put(TlsConfig.KEYSTORE_PATH_CONFIG, certificates.serverKeystore().toString());
        props.put(TlsConfig.KEYSTORE_PASSWORD_CONFIG, TestCertificates.PASSWORD);
        props.put(TlsConfig.TRUSTSTORE_PATH_CONFIG, certificates.serverTruststore().toString());
        props.put(TlsConfig.TRUSTSTORE_PASSWORD_CONFIG, TestCertificates.PASSWORD);
        props.put(TlsConfig.CLIENT_AUTH_CONFIG, clientAuth);
        return props;
    }

    private static Optional<SslContext> context(Map<String, String> props) {
        return TlsConfig.sslContext(new AbstractConfig(TLS_ONLY, props));
    }

    private int startListener(String clientAuth) {
        listener = Listener.start(ListenerTest.settings(0, 100), new TestLineProtocol(false),
                context(tls(clientAuth)), counters, "listener-tls-test");
        return listener.ports().get(0);
    }

    private void sendLine(int port, boolean withCertificate, String line) throws Exception {
        try (SSLSocket socket = (SSLSocket) certificates.clientContext(withCertificate).getSocketFactory()
                .createSocket("localhost", port)) {
            socket.setSoTimeout(60_000);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // a TLS 1.3 server checks the client certificate after the client's handshake ends: read to see it
            socket.setSoTimeout(500);
            try {
                socket.getInputStream().read();
            } catch (java.net.SocketTimeoutException stillOpen) {
                // the connection is fine
            }
        }
    }

    @Test
    void aTrustingClientIsServedOverTls() throws Exception {
        int port = startListener("none");
        sendLine(port, false, "over tls");
        assertThat(ListenerTest.pollUntil(listener, 1)).extracting(SourceRecord::value).containsExactly("over tls");
    }

    @Test
    void requiredClientAuthenticationServesAClientWithATrustedCertificate() throws Exception {
        int port = startListener("required");
        sendLine(port, true, "with certificate");
        assertThat(ListenerTest.pollUntil(listener, 1)).extracting(SourceRecord::value)
                .containsExactly("with certificate");
    }

    @Test
    void requiredClientAuthenticationRefusesAClientWithoutCertificate() throws Exception {
        int port = startListener("required");
        assertThatThrownBy(() -> sendLine(port, false, "no certificate")).isInstanceOf(IOException.class);
        ListenerTest.await(() -> listener.metrics().tlsHandshakesFailed().get() == 1, "handshake failure counted");
        assertThat(listener.poll()).isNull();
    }

    @Test
    void aWrongKeystorePasswordNamesThePasswordKey() {
        Map<String, String> props = tls("none");
        props.put(TlsConfig.KEYSTORE_PASSWORD_CONFIG, "wrong");
        assertThatThrownBy(() -> context(props)).isInstanceOf(InvalidTlsConfigException.class)
                .satisfies(e -> assertThat(((InvalidTlsConfigException) e).keys())
                        .contains(TlsConfig.KEYSTORE_PASSWORD_CONFIG, TlsConfig.KEYSTORE_PATH_CONFIG));
    }

    @Test
    void clientAuthenticationWithoutTruststoreNamesBothKeys() {
        Map<String, String> props = tls("optional");
        props.remove(TlsConfig.TRUSTSTORE_PATH_CONFIG);
        assertThatThrownBy(() -> context(props)).isInstanceOf(InvalidTlsConfigException.class)
                .satisfies(e -> assertThat(((InvalidTlsConfigException) e).keys())
                        .containsExactly(TlsConfig.TRUSTSTORE_PATH_CONFIG, TlsConfig.CLIENT_AUTH_CONFIG));
    }

    @Test
    void anUnknownProtocolIsRefused() {
        Map<String, String> props = tls("none");
        props.put(TlsConfig.PROTOCOLS_CONFIG, "TLSv1.2,SSLv9");
        assertThatThrownBy(() -> context(props)).hasMessageContaining("SSLv9")
                .hasMessageContaining(TlsConfig.PROTOCOLS_CONFIG);
    }

    @Test
    void tlsOffNeedsNoStores() {
        assertThat(context(Map.of())).isEmpty();
        assertThat(List.of(TLS_ONLY.names().toArray())).contains(TlsConfig.KEYSTORE_PASSWORD_CONFIG);
    }
}
