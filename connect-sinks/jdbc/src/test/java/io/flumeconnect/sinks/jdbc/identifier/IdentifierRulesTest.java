package io.flumeconnect.sinks.jdbc.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.Dialects;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifierRulesTest {
    private final IdentifierRules postgres = Dialects.forUrl("jdbc:postgresql://h/db").identifiers();
    private final IdentifierRules mariadb = Dialects.forUrl("jdbc:mariadb://h/db").identifiers();
    private final IdentifierRules sqlite = Dialects.forUrl("jdbc:sqlite:x").identifiers();

    @Test
    void namesTheDatabaseKeepsStayAsTheyAre() {
        assertThat(postgres.fit("status")).isEqualTo("status");
        assertThat(postgres.fit("Status; DROP TABLE x")).isEqualTo("Status; DROP TABLE x");
        assertThat(mariadb.fit("é".repeat(64))).isEqualTo("é".repeat(64));
        assertThat(sqlite.fit("x".repeat(500))).isEqualTo("x".repeat(500));
    }

    @Test
    void postgresNamesAreCutTo63BytesWithAHashOfTheWholeName() {
        String first = "a".repeat(63) + "_first";
        String second = "a".repeat(63) + "_second";

        String fitted = postgres.fit(first);

        assertThat(fitted.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        assertThat(fitted).startsWith("a".repeat(54)).matches("a{54}_[0-9a-f]{8}").isEqualTo(postgres.fit(first));
        assertThat(postgres.fit(second)).isNotEqualTo(fitted);
        assertThat(postgres.fit("ü".repeat(40)).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(postgres.fit("ü".repeat(40))).startsWith("ü".repeat(27)).doesNotContain("\uFFFD");
    }

    @Test
    void mariaDbNamesAreCutTo64CharactersAndLoseEmojiAndTrailingSpaces() {
        assertThat(mariadb.fit("b".repeat(65))).hasSize(64).matches("b{55}_[0-9a-f]{8}");
        assertThat(mariadb.fit("mood\uD83D\uDE00")).matches("mood_+_[0-9a-f]{8}");
        assertThat(mariadb.fit("name ")).matches("name _[0-9a-f]{8}");
    }

    @Test
    void emptyNamesAndNulCharactersGetAName() {
        assertThat(postgres.fit("")).matches("_[0-9a-f]{8}").isEqualTo(sqlite.fit(""));
        assertThat(postgres.fit("a\u0000b")).matches("a_b_[0-9a-f]{8}").isNotEqualTo(postgres.fit("a_b"));
        assertThat(postgres.problem("")).contains("an empty name");
    }

    @Test
    void caseDecidesSamenessOnlyWhereTheDatabaseSaysSo() {
        assertThat(mariadb.key("Host")).isEqualTo(mariadb.key("host"));
        assertThat(sqlite.key("Host")).isEqualTo(sqlite.key("host"));
        assertThat(postgres.key("Host")).isNotEqualTo(postgres.key("host"));
    }
}
