package io.flumeconnect.launcher.migrate.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import io.flumeconnect.launcher.migrate.model.Component;
import io.flumeconnect.launcher.migrate.model.SelectorDef;
import io.flumeconnect.launcher.migrate.model.Settings;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import io.flumeconnect.launcher.migrate.mapping.source.SourceMappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exec source maps to the tail source only for tail -F/-f, with the start position tail had. */
class TailCommandTest {
    private static Mapped exec(String command) {
        Map<String, PropertyLine> keys = new LinkedHashMap<>();
        keys.put("type", new PropertyLine("type", "exec", "exec", 1));
        keys.put("command", new PropertyLine("command", command, command, 2));
        Settings settings = new Settings("a.sources.r.", keys);
        SourceDef source = new SourceDef(new Component("a", Component.Kind.SOURCE, "r", "exec", 1, settings),
                List.of("c"), new SelectorDef(settings.under("selector.")), List.of());
        KeyLedger ledger = new KeyLedger(settings);
        ledger.mapped("type", "");
        return SourceMappers.map(source, ledger);
    }

    @Test
    void tailFollowingByNameStartsAtTheEnd() {
        Map<String, String> config = exec("tail -F /var/log/a.log /var/log/b.log").config().orElseThrow();

        assertThat(config).containsEntry("files", "/var/log/a.log,/var/log/b.log").containsEntry("start.position", "end");
    }

    @Test
    void tailFromLineOneStartsAtTheBeginning() {
        assertThat(exec("/usr/bin/tail -n +1 -f /var/log/a.log").config().orElseThrow())
                .containsEntry("start.position", "beginning");
        assertThat(exec("tail --lines=+0 --follow=name /var/log/a.log").config().orElseThrow())
                .containsEntry("start.position", "beginning");
    }

    @Test
    void otherCommandsHaveNoConnector() {
        assertThat(List.of(exec("cat /var/log/a.log"), exec("tail /var/log/a.log"), exec("tail -F logs/a.log"),
                exec("tail -F /var/log/a.log | grep x"))).allSatisfy(mapped -> {
                    assertThat(mapped.config()).isEmpty();
                    assertThat(mapped.status()).isEqualTo(KeyStatus.UNSUPPORTED);
                });
    }
}
