package io.flumeconnect.sources.listener;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;

/**
 * TLS for a listener: the keys, declared once and added to each listener's {@code *Config} with
 * {@link #addTo(ConfigDef)}, and the server {@link SslContext} they describe.
 */
public final class TlsConfig {
    public static final String ENABLED_CONFIG = "tls.enabled";
    public static final String KEYSTORE_PATH_CONFIG = "tls.keystore.path";
    public static final String KEYSTORE_TYPE_CONFIG = "tls.keystore.type";
    public static final String KEYSTORE_PASSWORD_CONFIG = "tls.keystore.password";
    public static final String KEY_PASSWORD_CONFIG = "tls.key.password";
    public static final String TRUSTSTORE_PATH_CONFIG = "tls.truststore.path";
    public static final String TRUSTSTORE_TYPE_CONFIG = "tls.truststore.type";
    public static final String TRUSTSTORE_PASSWORD_CONFIG = "tls.truststore.password";
    public static final String CLIENT_AUTH_CONFIG = "tls.client.auth";
    public static final String PROTOCOLS_CONFIG = "tls.protocols";
    public static final String CIPHER_SUITES_CONFIG = "tls.cipher.suites";

    private static final String GROUP = "TLS";

    private TlsConfig() {
    }

    /** Adds the TLS keys to {@code def}, in the group "TLS". */
    public static ConfigDef addTo(ConfigDef def) {
        return def
                .define(ENABLED_CONFIG, Type.BOOLEAN, false, Importance.HIGH,
                        "Accept TLS connections only (on every port of the task).", GROUP, 1, Width.SHORT, "TLS")
                .define(KEYSTORE_PATH_CONFIG, Type.STRING, "", Importance.HIGH,
                        "Keystore holding the server's private key and certificate chain; required with TLS.",
                        GROUP, 2, Width.LONG, "Keystore")
                .define(KEYSTORE_TYPE_CONFIG, Type.STRING, "PKCS12", Importance.LOW,
                        "Keystore format: `PKCS12` or `JKS`.", GROUP, 3, Width.SHORT, "Keystore type")
                .define(KEYSTORE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.HIGH,
                        "Password of the keystore.", GROUP, 4, Width.MEDIUM, "Keystore password")
                .define(KEY_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.LOW,
                        "Password of the private key when it differs from the keystore's.", GROUP, 5, Width.MEDIUM,
                        "Key password")
                .define(TRUSTSTORE_PATH_CONFIG, Type.STRING, "", Importance.MEDIUM,
                        "Truststore with the certificates (or their CAs) that clients may present; required when "
                                + "`tls.client.auth` is not `none`.", GROUP, 6, Width.LONG, "Truststore")
                .define(TRUSTSTORE_TYPE_CONFIG, Type.STRING, "PKCS12", Importance.LOW,
                        "Truststore format: `PKCS12` or `JKS`.", GROUP, 7, Width.SHORT, "Truststore type")
                .define(TRUSTSTORE_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM,
                        "Password of the truststore.", GROUP, 8, Width.MEDIUM, "Truststore password")
                .define(CLIENT_AUTH_CONFIG, Type.STRING, "none",
                        ConfigDef.CaseInsensitiveValidString.in("none", "optional", "required"), Importance.MEDIUM,
                        "Client certificates: `none` (not asked for), `optional` (checked when presented) or "
                                + "`required` (a client without a trusted certificate is refused).",
                        GROUP, 9, Width.SHORT, "Client authentication")
                .define(PROTOCOLS_CONFIG, Type.LIST, "TLSv1.3,TLSv1.2", Importance.LOW,
                        "TLS versions accepted, comma-separated.", GROUP, 10, Width.MEDIUM, "Protocols")
                .define(CIPHER_SUITES_CONFIG, Type.LIST, "", Importance.LOW,
                        "Cipher suites accepted, comma-separated; empty keeps the JVM's defaults.",
                        GROUP, 11, Width.LONG, "Cipher suites");
    }

    /**
     * The server's TLS context, or empty when TLS is off. Opens the stores, so a wrong path, type or password is
     * found here: in the connector's {@code validate()} and again at task start.
     *
     * @throws InvalidTlsConfigException naming the keys to fix
     */
    public static Optional<SslContext> sslContext(AbstractConfig config) {
        if (!config.getBoolean(ENABLED_CONFIG)) {
            return Optional.empty();
        }
        if (config.getString(KEYSTORE_PATH_CONFIG).isBlank()) {
            throw new InvalidTlsConfigException("TLS needs a keystore", KEYSTORE_PATH_CONFIG, ENABLED_CONFIG);
        }
        ClientAuth clientAuth = clientAuth(config);
        if (clientAuth != ClientAuth.NONE && config.getString(TRUSTSTORE_PATH_CONFIG).isBlank()) {
            throw new InvalidTlsConfigException("client authentication needs a truststore", TRUSTSTORE_PATH_CONFIG,
                    CLIENT_AUTH_CONFIG);
        }
        SslContextBuilder builder = SslContextBuilder.forServer(keyManagers(config))
                .sslProvider(SslProvider.JDK)
                .clientAuth(clientAuth)
                .protocols(supported(config, PROTOCOLS_CONFIG, SSLParameters::getProtocols));
        if (!config.getString(TRUSTSTORE_PATH_CONFIG).isBlank()) {
            builder.trustManager(trustManagers(config));
        }
        List<String> ciphers = supported(config, CIPHER_SUITES_CONFIG, SSLParameters::getCipherSuites);
        if (!ciphers.isEmpty()) {
            builder.ciphers(ciphers);
        }
        try {
            return Optional.of(builder.build());
        } catch (IOException e) {
            throw new InvalidTlsConfigException("cannot set up TLS: " + e.getMessage(), ENABLED_CONFIG);
        }
    }

    private static ClientAuth clientAuth(AbstractConfig config) {
        return switch (config.getString(CLIENT_AUTH_CONFIG).toLowerCase(Locale.ROOT)) {
            case "required" -> ClientAuth.REQUIRE;
            case "optional" -> ClientAuth.OPTIONAL;
            default -> ClientAuth.NONE;
        };
    }

    private static KeyManagerFactory keyManagers(AbstractConfig config) {
        KeyStore store = load(config, KEYSTORE_PATH_CONFIG, KEYSTORE_TYPE_CONFIG, KEYSTORE_PASSWORD_CONFIG);
        Password keyPassword = config.getPassword(KEY_PASSWORD_CONFIG);
        String password = keyPassword.value().isEmpty() ? config.getPassword(KEYSTORE_PASSWORD_CONFIG).value()
                : keyPassword.value();
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password.toCharArray());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new InvalidTlsConfigException("cannot read the private key: " + e.getMessage(),
                    KEY_PASSWORD_CONFIG, KEYSTORE_PASSWORD_CONFIG);
        }
    }

    private static TrustManagerFactory trustManagers(AbstractConfig config) {
        KeyStore store = load(config, TRUSTSTORE_PATH_CONFIG, TRUSTSTORE_TYPE_CONFIG, TRUSTSTORE_PASSWORD_CONFIG);
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException e) {
            throw new InvalidTlsConfigException("cannot use the truststore: " + e.getMessage(),
                    TRUSTSTORE_PATH_CONFIG);
        }
    }

    private static KeyStore load(AbstractConfig config, String pathKey, String typeKey, String passwordKey) {
        Path path = Path.of(config.getString(pathKey));
        if (!Files.isReadable(path)) {
            throw new InvalidTlsConfigException("cannot read " + path, pathKey);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(config.getString(typeKey));
        } catch (GeneralSecurityException e) {
            throw new InvalidTlsConfigException("unknown store type '" + config.getString(typeKey) + "'", typeKey);
        }
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, config.getPassword(passwordKey).value().toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidTlsConfigException("cannot open " + path + " as " + config.getString(typeKey)
                    + " with this password: " + e.getMessage(), pathKey, passwordKey, typeKey);
        }
    }

    /** The configured names, each checked against what this JVM supports. */
    private static List<String> supported(AbstractConfig config, String key,
                                          java.util.function.Function<SSLParameters, String[]> available) {
        List<String> names = config.getList(key).stream().map(String::trim).filter(name -> !name.isEmpty()).toList();
        List<String> known;
        try {
            known = Arrays.asList(available.apply(SSLContext.getDefault().getSupportedSSLParameters()));
        } catch (GeneralSecurityException e) {
            throw new InvalidTlsConfigException("this JVM has no TLS: " + e.getMessage(), ENABLED_CONFIG);
        }
        List<String> unknown = names.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidTlsConfigException("not supported by this JVM: " + String.join(", ", unknown), key);
        }
        return names;
    }
}
