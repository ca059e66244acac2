package io.flumeconnect.launcher.migrate.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import io.flumeconnect.launcher.migrate.mapping.source.SourceMappers;
import io.flumeconnect.launcher.migrate.model.Component;
import io.flumeconnect.launcher.migrate.model.SelectorDef;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flume's TLS keys, which list what to exclude, as the listener's, which list what to accept. */
class ListenerTlsTest {
    private KeyLedger ledger;

    private Map<String, String> syslogTcp(String... keyValues) {
        Map<String, PropertyLine> keys = new LinkedHashMap<>();
        keys.put("type", new PropertyLine("type", "syslogtcp", "syslogtcp", 1));
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.put(keyValues[i], new PropertyLine(keyValues[i], keyValues[i + 1], keyValues[i + 1], i + 2));
        }
        Settings settings = new Settings("a.sources.r.", keys);
        SourceDef source = new SourceDef(new Component("a", Component.Kind.SOURCE, "r", "syslogtcp", 1, settings),
                List.of("c"), new SelectorDef(settings.under("selector.")), List.of());
        ledger = new KeyLedger(settings);
        ledger.mapped("type", "");
        return SourceMappers.map(source, ledger).config().orElseThrow();
    }

    private KeyStatus status(String key) {
        return ledger.outcomes().stream().filter(o -> o.key().equals("a.sources.r." + key)).findFirst()
                .orElseThrow().status();
    }

    @Test
    void excludingOldVersionsKeepsTheListenersDefaultsAndFlumesKeystoreType() {
        Map<String, String> config = syslogTcp("ssl", "true", "keystore", "/etc/k.jks",
                "exclude-protocols", "SSLv3 TLSv1");

        assertThat(config).containsEntry("tls.enabled", "true").containsEntry("tls.keystore.path", "/etc/k.jks")
                .containsEntry("tls.keystore.type", "JKS").doesNotContainKey("tls.protocols");
        assertThat(status("exclude-protocols")).isEqualTo(KeyStatus.CHANGED);
    }

    @Test
    void excludingTls13LeavesOnlyTls12Accepted() {
        assertThat(syslogTcp("ssl", "true", "exclude-protocols", "SSLv3 TLSv1.3"))
                .containsEntry("tls.protocols", "TLSv1.2");
    }

    @Test
    void excludingEveryVersionIsUnsupported() {
        Map<String, String> config = syslogTcp("ssl", "true", "include-protocols", "TLSv1.2",
                "exclude-protocols", "TLSv1.2");

        assertThat(config).doesNotContainKey("tls.protocols");
        assertThat(status("include-protocols")).isEqualTo(KeyStatus.UNSUPPORTED);
        assertThat(status("exclude-protocols")).isEqualTo(KeyStatus.UNSUPPORTED);
    }

    @Test
    void excludedCipherSuitesAloneAreUnsupported() {
        Map<String, String> config = syslogTcp("ssl", "true", "exclude-cipher-suites", "TLS_RSA_WITH_NULL_SHA256");

        assertThat(config).doesNotContainKey("tls.cipher.suites");
        assertThat(status("exclude-cipher-suites")).isEqualTo(KeyStatus.UNSUPPORTED);
    }

    @Test
    void keysOfTlsThatIsOffAreNotWritten() {
        Map<String, String> config = syslogTcp("keystore", "/etc/k.jks", "keystore-password", "secret");

        assertThat(config).doesNotContainKeys("tls.enabled", "tls.keystore.path", "tls.keystore.password");
        assertThat(status("keystore-password")).isEqualTo(KeyStatus.CHANGED);
    }
}
