package io.flumeconnect.launcher.migrate.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionTest {
    private final Substitution substitution = new Substitution(Map.of("HOME_DIR", "/opt/x", "SHARED", "from-env"),
            Map.of("log.root", "/var/log"));

    private String resolve(String value, PropertyLine... others) {
        List<PropertyLine> entries = new java.util.ArrayList<>(List.of(others));
        entries.add(0, new PropertyLine("a.k", value, value, 1));
        return substitution.resolve(entries).get(0).value();
    }

    @Test
    void envSysAndPlainVariablesAreResolvedAsFlumeDoes() {
        assertThat(resolve("${env:HOME_DIR}/logs")).isEqualTo("/opt/x/logs");
        assertThat(resolve("${sys:log.root}/app")).isEqualTo("/var/log/app");
        assertThat(resolve("${HOME_DIR}")).isEqualTo("/opt/x");
    }

    @Test
    void aPlainVariableIsTakenFromTheFileBeforeTheEnvironment() {
        assertThat(resolve("${SHARED}", new PropertyLine("SHARED", "from-file", "from-file", 2))).isEqualTo("from-file");
    }

    @Test
    void defaultsAndNestingWork() {
        assertThat(resolve("${MISSING:-/fallback}")).isEqualTo("/fallback");
        assertThat(resolve("${env:${NAME}}", new PropertyLine("NAME", "HOME_DIR", "HOME_DIR", 2))).isEqualTo("/opt/x");
    }

    @Test
    void whatNothingDefinesStaysAsWrittenAndIsFlagged() {
        PropertyLine resolved = substitution.resolve(List.of(new PropertyLine("a.k", "${env:NOPE}/x", "${env:NOPE}/x", 1)))
                .get(0);

        assertThat(resolved.value()).isEqualTo("${env:NOPE}/x");
        assertThat(Substitution.unresolved(resolved)).isTrue();
        assertThat(resolved.substituted()).isFalse();
    }
}
