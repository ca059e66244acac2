package io.flumeconnect.transforms.mask;

import static io.flumeconnect.transforms.support.TestRecords.header;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class MaskTest {
    private final Mask<SourceRecord> mask = new Mask<>();

    @AfterEach
    void close() {
        mask.close();
    }

    private String masked(String presets, String text) {
        mask.configure(Map.of("presets", presets));
        return (String) mask.apply(schemaless(text)).value();
    }

    @Test
    void masksEmailAddressesInTheirUsualSurroundings() {
        assertThat(masked("email", "mail first.last@sub.example.co.uk. Or <x_y@a-b.io>, (q=1&to=me@ex.org)"))
                .isEqualTo("mail ****. Or <****>, (q=1&to=****)");
        assertThat(masked("email", "not an address: a@b, a@b.c, a@b.c1, @example.org"))
                .isEqualTo("not an address: a@b, a@b.c, a@b.c1, @example.org");
    }

    @Test
    void masksEmailAndIpAddresses() {
        assertThat(masked("email,ipv4,ipv6", "user jane.doe+x@mail.example.org from 192.168.1.20 and 2001:db8::8a2e:370:7334"))
                .isEqualTo("user **** from **** and ****");
        assertThat(masked("ipv4,ipv6", "at 12:30:45 version 1.2.3.4.5 999.1.1.1")).as("times, versions, not addresses")
                .isEqualTo("at 12:30:45 version 1.2.3.4.5 999.1.1.1");
        assertThat(masked("email,ipv4", "_ops@x.io,10.0.0.255:80 (1.1.1.1)")).isEqualTo("****,****:80 (****)");
    }

    @Test
    void masksOnlyCardNumbersThatPassTheLuhnCheck() {
        assertThat(masked("card", "paid with 4111 1111 1111 1111, ref 4111-1111-1111-1112, order 1234567890123"))
                .isEqualTo("paid with ****, ref 4111-1111-1111-1112, order 1234567890123");
        assertThat(masked("card", "5500005555555559")).isEqualTo("****");
    }

    @Test
    void masksBearerTokensKeepingTheScheme() {
        assertThat(masked("bearer", "Authorization: Bearer eyJhbGciOi.eyJzdWIi.SflKx=")).isEqualTo("Authorization: Bearer ****");
    }

    @Test
    void hashesWithASaltSoEqualValuesStayEqual() {
        mask.configure(Map.of("presets", "email", "mode", "hash", "hash.salt", "s3cret"));
        String first = (String) mask.apply(schemaless("a@example.com")).value();
        String again = (String) mask.apply(schemaless("to a@example.com")).value();
        assertThat(first).hasSize(64).matches("[0-9a-f]+");
        assertThat(again).isEqualTo("to " + first);
        mask.configure(Map.of("presets", "email", "mode", "hash", "hash.salt", "other"));
        assertThat(mask.apply(schemaless("a@example.com")).value()).isNotEqualTo(first);
    }

    @Test
    void masksEveryStringOfAStructKeepingItsSchema() {
        mask.configure(Map.of("presets", "email"));
        SourceRecord result = mask.apply(record(TestRecords.EVENT, TestRecords.event("from x@y.io", "a@b.eu", "GET", 200)));
        Struct value = (Struct) result.value();
        assertThat(value.schema()).isEqualTo(TestRecords.EVENT);
        assertThat(value.getString("message")).isEqualTo("from ****");
        assertThat(value.getString("region")).isEqualTo("****");
        assertThat(value.getStruct("http").getInt32("status")).isEqualTo(200);
    }

    @Test
    void masksNestedMapsAndListsOfASchemalessValue() {
        mask.configure(Map.of("pattern", "password=(?<mask>\\S+)", "replacement", "x"));
        Object value = mask.apply(schemaless(Map.of("log", List.of("password=hunter2 ok"), "n", 1))).value();
        assertThat((Map<String, Object>) value).containsEntry("log", List.of("password=x ok")).containsEntry("n", 1);
    }

    @Test
    void masksNamedFieldsAndHeadersOnly() {
        mask.configure(Map.of("presets", "ipv4", "targets", "field:message,header:peer"));
        SourceRecord result = mask.apply(record(TestRecords.EVENT, TestRecords.event("from 10.0.0.1", "10.0.0.2", "GET", 200),
                "peer", "10.0.0.3:514", "other", "10.0.0.4"));
        Struct value = (Struct) result.value();
        assertThat(value.getString("message")).isEqualTo("from ****");
        assertThat(value.getString("region")).isEqualTo("10.0.0.2");
        assertThat(header(result, "peer")).isEqualTo("****:514");
        assertThat(header(result, "other")).isEqualTo("10.0.0.4");
    }

    @Test
    void returnsTheSameRecordWhenNothingMatchesAndPassesTombstones() {
        mask.configure(Map.of("presets", "email,card"));
        SourceRecord clean = schemaless("nothing to see");
        assertThat(mask.apply(clean)).isSameAs(clean);
        SourceRecord cleanStruct = record(TestRecords.EVENT, TestRecords.event("ok", "EU", "GET", 200));
        assertThat(mask.apply(cleanStruct)).isSameAs(cleanStruct);
        SourceRecord tombstone = tombstone("peer", "a@b.io");
        assertThat(mask.apply(tombstone)).isSameAs(tombstone);
        SourceRecord bytes = mask.apply(record(Schema.BYTES_SCHEMA, "mail a@b.io".getBytes()));
        assertThat(new String((byte[]) bytes.value())).isEqualTo("mail ****");
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> mask.configure(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value [] for configuration presets: nothing to mask: set presets "
                        + "(email, ipv4, ipv6, card, bearer) or pattern");
        assertThatThrownBy(() -> mask.configure(Map.of("presets", "email", "mode", "hash")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value [hidden] for configuration hash.salt: a salt is required when mode=hash");
        assertThatThrownBy(() -> mask.configure(Map.of("presets", "phone")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("presets");
    }

    @Test
    void validatesEachKey() {
        assertThat(validationErrors(MaskConfig.CONFIG_DEF,
                Map.of("presets", "email,ssn", "pattern", "(", "targets", "body", "mode", "encrypt")))
                .containsOnlyKeys("presets", "pattern", "targets", "mode");
        assertThat(validationErrors(MaskConfig.CONFIG_DEF, Map.of("presets", "email"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(Mask.class, Mask.OVERVIEW_DOC, MaskConfig.CONFIG_DEF);
    }
}
