package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Flume's {@code ipFilterRules}: syntax, first match decides, unmatched clients accepted. */
class IpFilterRuleTest {

    @Test
    void theFirstMatchingRuleDecides() {
        FlumeIpFilter filter = filter("allow:ip:10.1.*,deny:ip:10.*");

        assertThat(filter.accepts(client("10.1.2.3"))).isTrue();
        assertThat(filter.accepts(client("10.2.2.3"))).isFalse();
    }

    @Test
    void aClientNoRuleMatchesIsAccepted() {
        assertThat(filter("deny:ip:10.*").accepts(client("192.168.0.1"))).isTrue();
        assertThat(filter("allow:ip:10.*,deny:ip:*").accepts(client("192.168.0.1"))).isFalse();
    }

    @Test
    void questionMarkMatchesOneCharacterAndDotsAreLiteral() {
        FlumeIpFilter filter = filter("allow:ip:192.168.0.?,deny:ip:*");

        assertThat(filter.accepts(client("192.168.0.7"))).isTrue();
        assertThat(filter.accepts(client("192.168.0.17"))).isFalse();
        // were the dots wildcards, 1.1.1.* would match 1.1.10.5
        assertThat(filter("deny:ip:1.1.1.*").accepts(client("1.1.1.5"))).isFalse();
        assertThat(filter("deny:ip:1.1.1.*").accepts(client("1.1.10.5"))).isTrue();
    }

    @Test
    void nameLocalhostMatchesTheLoopbackWithoutALookup() {
        FlumeIpFilter filter = filter("allow:name:localhost,deny:ip:*");

        assertThat(filter.accepts(client("127.0.0.1"))).isTrue();
        assertThat(filter.accepts(client("::1"))).isTrue();
        assertThat(filter.accepts(client("203.0.113.9"))).isFalse();
    }

    @Test
    void aMalformedRuleIsRefusedNamingTheKeyAndTheRule() {
        for (String bad : List.of("permit:ip:*", "allow:host:*", "allow:ip:", "allow")) {
            assertThatThrownBy(() -> IpFilterRule.parseAll("ip.filter.rules", List.of(bad)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("ip.filter.rules").hasMessageContaining(bad)
                    .hasMessageContaining("allow|deny:ip|name:");
        }
    }

    private static FlumeIpFilter filter(String rules) {
        return new FlumeIpFilter(IpFilterRule.parseAll("ip.filter.rules", List.of(rules.split(","))),
                TestMetrics.create());
    }

    private static InetSocketAddress client(String address) {
        return new InetSocketAddress(address, 5000);
    }
}
