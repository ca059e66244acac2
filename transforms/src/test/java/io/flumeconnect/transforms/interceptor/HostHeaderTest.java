package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.header;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.transforms.support.TestRecords;
import java.net.InetAddress;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostHeaderTest {
    private final HostHeader<SourceRecord> transform = new HostHeader<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void setsTheIpAddressByDefault() throws Exception {
        transform.configure(Map.of());
        SourceRecord result = transform.apply(schemaless(Map.of("a", 1), "host", "old"));
        assertThat(header(result, "host")).isEqualTo(InetAddress.getLocalHost().getHostAddress());
        assertThat(result.headers().allWithName("host")).toIterable().hasSize(1);
    }

    @Test
    void setsTheHostNameIntoAnotherHeaderKeepingAnExistingOne() throws Exception {
        transform.configure(Map.of("use.ip", "false", "header", "agent", "preserve.existing", "true"));
        SourceRecord struct = record(TestRecords.EVENT, event("m", "EU", "GET", 1));
        assertThat(header(transform.apply(struct), "agent")).isEqualTo(InetAddress.getLocalHost().getCanonicalHostName());
        SourceRecord named = schemaless("x", "agent", "edge-7");
        assertThat(transform.apply(named)).isSameAs(named);
    }

    @Test
    void passesTombstonesThrough() {
        InterceptorChecks.passesThrough(transform, Map.of(), tombstone());
    }

    @Test
    void refusesBadConfig() {
        InterceptorChecks.refuses(transform, "use.ip", "maybe");
        InterceptorChecks.requiresAHeaderName(HostHeaderConfig.CONFIG_DEF);
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(HostHeader.class, HostHeader.OVERVIEW_DOC, HostHeaderConfig.CONFIG_DEF);
    }
}
