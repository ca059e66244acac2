package io.flumeconnect.transforms.routing;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultiplexRouterTest {
    private final MultiplexRouter<SourceRecord> router = new MultiplexRouter<>();

    @AfterEach
    void close() {
        router.close();
    }

    @Test
    void routesByHeaderThroughTheMappingWithADefault() {
        router.configure(Map.of("source", "header:Severity", "mappings", "0:alerts,1:alerts,3:errors",
                "default.topic", "other"));
        assertThat(router.apply(schemaless("x", "Severity", "1")).topic()).isEqualTo("alerts");
        assertThat(router.apply(schemaless("x", "Severity", "3")).topic()).isEqualTo("errors");
        assertThat(router.apply(schemaless("x", "Severity", "6")).topic()).isEqualTo("other");
        assertThat(router.apply(schemaless("x")).topic()).isEqualTo("other");
    }

    @Test
    void routesByStructOrMapFieldKeepingTheTopicWithoutDefault() {
        router.configure(Map.of("source", "field:region", "mappings", "EU:logs-eu,US:logs-us"));
        SourceRecord eu = router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 1)));
        assertThat(eu.topic()).isEqualTo("logs-eu");
        assertThat(eu.value()).isNotNull();
        assertThat(router.apply(schemaless(TestRecords.eventMap("m", "US", "GET", 1))).topic()).isEqualTo("logs-us");
        SourceRecord asia = schemaless(TestRecords.eventMap("m", "ASIA", "GET", 1));
        assertThat(router.apply(asia)).isSameAs(asia);
    }

    @Test
    void routesStatusClassesByRangeAfterExactValues() {
        router.configure(Map.of("source", "field:http.status", "mappings", "503:outage",
                "range.mappings", "500..599:errors,400..499:client-errors", "default.topic", "ok"));
        assertThat(router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 503))).topic()).isEqualTo("outage");
        assertThat(router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 500))).topic()).isEqualTo("errors");
        assertThat(router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 599))).topic()).isEqualTo("errors");
        assertThat(router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 404))).topic())
                .isEqualTo("client-errors");
        assertThat(router.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 200))).topic()).isEqualTo("ok");
        router.configure(Map.of("source", "header:status", "range.mappings", "500..599:errors"));
        assertThat(router.apply(schemaless("x", "status", "5xx")).topic()).as("not an integer").isEqualTo("logs");
    }

    @Test
    void refusesBadRanges() {
        assertThat(validationErrors(MultiplexRouterConfig.CONFIG_DEF,
                Map.of("source", "header:s", "range.mappings", "599..500:errors")).get("range.mappings"))
                .singleElement().asString().contains("starts after it ends");
        assertThat(validationErrors(MultiplexRouterConfig.CONFIG_DEF,
                Map.of("source", "header:s", "range.mappings", "5xx:errors")).get("range.mappings"))
                .singleElement().asString().contains("LOW..HIGH:topic");
        assertThat(validationErrors(MultiplexRouterConfig.CONFIG_DEF,
                Map.of("source", "header:s", "range.mappings", "1..2:../x")).get("range.mappings"))
                .singleElement().asString().contains("not a legal topic name");
    }

    @Test
    void appendsATimeBucket() {
        router.configure(Map.of("source", "header:dc", "mappings", "nyc:logs-nyc", "time.bucket.format", "yyyyMMdd",
                "time.bucket.separator", ".", "time.bucket.timezone", "America/New_York"));
        assertThat(router.apply(schemaless("x", "dc", "nyc")).topic()).isEqualTo("logs-nyc.20240501");
        assertThat(router.apply(schemaless("x")).topic()).isEqualTo("logs.20240501");
        SourceRecord untimed = new SourceRecord(Map.of(), Map.of(), "logs", null, "x");
        assertThatThrownBy(() -> router.apply(untimed))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("MultiplexRouter: time.bucket.format is set but the record has no timestamp");
    }

    @Test
    void routesTombstonesByHeader() {
        router.configure(Map.of("source", "header:dc", "mappings", "nyc:logs-nyc"));
        assertThat(router.apply(tombstone("dc", "nyc")).topic()).isEqualTo("logs-nyc");
        router.configure(Map.of("source", "field:dc", "mappings", "nyc:logs-nyc", "default.topic", "rest"));
        assertThat(router.apply(tombstone("dc", "nyc")).topic()).isEqualTo("rest");
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> router.configure(Map.of("source", "header:a", "mappings", "x:../etc")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value [x:../etc] for configuration mappings: '../etc' in entry 'x:../etc' "
                        + "is not valid: expected value:topic pairs");
        assertThatThrownBy(() -> router.configure(Map.of("source", "header:a", "default.topic", "a b")))
                .hasMessageContaining("Invalid value a b for configuration default.topic: a topic name may not hold it");
        assertThatThrownBy(() -> router.configure(Map.of("source", "header:a", "time.bucket.format", "yyyy/MM")))
                .hasMessageContaining("Invalid value yyyy/MM for configuration time.bucket.format: gives '1970/01'");
        assertThat(validationErrors(MultiplexRouterConfig.CONFIG_DEF, Map.of("mappings", "a", "time.bucket.format", "{",
                "time.bucket.timezone", "Nowhere", "time.bucket.separator", "/", "default.topic", "a/b")))
                .containsOnlyKeys("source", "mappings", "time.bucket.format", "time.bucket.timezone",
                        "time.bucket.separator", "default.topic");
        assertThat(validationErrors(MultiplexRouterConfig.CONFIG_DEF, Map.of("source", "key"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(MultiplexRouter.class, MultiplexRouter.OVERVIEW_DOC, MultiplexRouterConfig.CONFIG_DEF);
    }
}
