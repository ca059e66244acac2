package io.flumeconnect.launcher.migrate.mapping.source;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import io.flumeconnect.launcher.migrate.model.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flume's TLS keys of a network source ({@code ssl}, {@code keystore*}, {@code include/exclude-protocols} and
 * {@code -cipher-suites}, and the HTTP source's older {@code enableSSL}, {@code keystorePassword},
 * {@code excludeProtocols}) as the listener's {@code tls.*} keys. Flume lists what to exclude, the listener what to
 * accept: the accepted list is computed from both.
 */
final class ListenerTls {
    /** The listener's default protocols. */
    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private ListenerTls() {
    }

    static void map(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        boolean on = first(settings, "ssl", "enableSSL").map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
        if (!on) {
            keys.mapped("ssl", "TLS off (tls.enabled=false)");
            keys.mapped("enableSSL", "TLS off (tls.enabled=false)");
            for (String key : List.of("keystore", "keystore-password", "keystorePassword", "keystore-type",
                    "include-protocols", "exclude-protocols", "excludeProtocols", "include-cipher-suites",
                    "exclude-cipher-suites")) {
                keys.changed(key, "not written: TLS is off, and Flume did not use it either");
            }
            return;
        }
        config.put("tls.enabled", "true");
        String notes = (settings.has("keystore-type") ? "" : ", tls.keystore.type=JKS (Flume's default; the "
                + "listener's is PKCS12)") + (settings.has("keystore") ? "" : "; Flume's global keystore "
                + "(-Djavax.net.ssl.keyStore, FLUME_SSL_KEYSTORE_PATH) is not read: name it in tls.keystore.path");
        keys.changed("ssl", "tls.enabled=true" + notes);
        keys.changed("enableSSL", "tls.enabled=true" + notes);
        settings.get("keystore").ifPresent(path -> {
            config.put("tls.keystore.path", path.trim());
            keys.mapped("keystore", "tls.keystore.path");
        });
        for (String key : List.of("keystore-password", "keystorePassword")) {
            settings.get(key).ifPresent(password -> {
                config.put("tls.keystore.password", password.trim());
                keys.mapped(key, "tls.keystore.password, kept in the secrets file (see Secrets)");
            });
        }
        String type = settings.get("keystore-type", "JKS").trim();
        config.put("tls.keystore.type", type);
        keys.mapped("keystore-type", "tls.keystore.type");
        protocols(keys, config);
        cipherSuites(keys, config);
    }

    /** What Flume accepted: {@code include-protocols} (else every version) less {@code exclude-protocols}. */
    private static void protocols(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        List<String> excluded = new ArrayList<>(words(settings, "exclude-protocols"));
        excluded.addAll(words(settings, "excludeProtocols"));
        List<String> accepted = new ArrayList<>(settings.has("include-protocols")
                ? words(settings, "include-protocols") : PROTOCOLS);
        accepted.removeAll(excluded);
        if (accepted.isEmpty()) {
            for (String key : List.of("include-protocols", "exclude-protocols", "excludeProtocols")) {
                keys.unsupported(key, "leaves no TLS version the listener accepts (it takes " + PROTOCOLS + ")");
            }
            return;
        }
        if (!accepted.equals(PROTOCOLS)) {
            config.put("tls.protocols", String.join(",", accepted));
        }
        String detail = "tls.protocols=" + String.join(",", accepted) + ": the versions accepted (the listener "
                + "accepts " + String.join(" and ", PROTOCOLS) + " unless told otherwise)";
        keys.changed("include-protocols", detail);
        keys.changed("exclude-protocols", detail);
        keys.changed("excludeProtocols", detail);
    }

    /** {@code include-cipher-suites} less the excluded ones; exclusions alone cannot be written as a list to accept. */
    private static void cipherSuites(KeyLedger keys, Map<String, String> config) {
        Settings settings = keys.settings();
        if (settings.has("include-cipher-suites")) {
            List<String> accepted = new ArrayList<>(words(settings, "include-cipher-suites"));
            accepted.removeAll(words(settings, "exclude-cipher-suites"));
            config.put("tls.cipher.suites", String.join(",", accepted));
            keys.changed("include-cipher-suites", "tls.cipher.suites: the suites accepted");
            keys.changed("exclude-cipher-suites", "removed from tls.cipher.suites");
        } else {
            keys.unsupported("exclude-cipher-suites", "the listener takes the suites to accept (tls.cipher.suites), "
                    + "not those to refuse; list the accepted ones there (empty keeps the JVM's defaults)");
        }
    }

    private static Optional<String> first(Settings settings, String key, String older) {
        return settings.get(key).or(() -> settings.get(older));
    }

    private static List<String> words(Settings settings, String key) {
        return settings.get(key).map(v -> Arrays.stream(v.trim().split("[\\s,]+")).filter(w -> !w.isEmpty()).toList())
                .orElse(List.of());
    }
}
