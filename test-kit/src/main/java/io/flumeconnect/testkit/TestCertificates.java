package io.flumeconnect.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed server and client certificates made with the JDK's {@code keytool} for TLS tests: PKCS12 keystores,
 * truststores that trust the other side, and the server certificate as PEM (a CA file for rsyslog, curl).
 * The server certificate is for {@code localhost} and {@code 127.0.0.1}.
 */
public final class TestCertificates {
    public static final String PASSWORD = "changeit";

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** Makes the stores in {@code dir} (a test's temporary directory): takes a few seconds. */
    public static TestCertificates create(Path dir) throws IOException, InterruptedException {
        TestCertificates certificates = new TestCertificates(dir);
        certificates.makeKeyPair("server", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        certificates.makeKeyPair("client", "CN=flume-connect-test-client", null);
        certificates.trust("server", "client-trust.p12");
        certificates.trust("client", "server-trust.p12");
        return certificates;
    }

    public Path serverKeystore() {
        return dir.resolve("server.p12");
    }

    /** Trusts the client certificate. */
    public Path serverTruststore() {
        return dir.resolve("server-trust.p12");
    }

    public Path clientKeystore() {
        return dir.resolve("client.p12");
    }

    /** Trusts the server certificate. */
    public Path clientTruststore() {
        return dir.resolve("client-trust.p12");
    }

    /** The server certificate, PEM-encoded. */
    public Path serverCertificatePem() {
        return dir.resolve("server.pem");
    }

    /** A client's TLS context that trusts the server, presenting the client certificate when {@code withCertificate}. */
    public SSLContext clientContext(boolean withCertificate) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(clientTruststore()));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(clientKeystore()), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(withCertificate ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path path) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private void makeKeyPair(String name, String subject, String extension) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize",
                "2048", "-dname", subject, "-validity", "2", "-keystore", dir.resolve(name + ".p12").toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            args.addAll(List.of("-ext", extension));
        }
        keytool(args);
        keytool(List.of("-exportcert", "-rfc", "-alias", name, "-keystore", dir.resolve(name + ".p12").toString(),
                "-storepass", PASSWORD, "-file", dir.resolve(name + ".pem").toString()));
    }

    private void trust(String name, String truststore) throws IOException, InterruptedException {
        keytool(List.of("-importcert", "-noprompt", "-alias", name, "-file", dir.resolve(name + ".pem").toString(),
                "-keystore", dir.resolve(truststore).toString(), "-storetype", "PKCS12", "-storepass", PASSWORD));
    }

    private static void keytool(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool " + args.get(0) + " failed: " + output);
        }
    }
}
