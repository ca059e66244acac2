package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class FlumePositionsTest {
    @Test
    void readsInodesAndPositionsAsFlumeWritesThem() {
        String json = "[{\"inode\":2496272,\"pos\":12,\"file\":\"/var/log/app/a.log\"},"
                + "{\"inode\":2496275,\"pos\":0,\"file\":\"/var/log/app/{odd}.log\"}]";
        assertThat(FlumePositions.parse(json, "x")).isEqualTo(Map.of(2496272L, 12L, 2496275L, 0L));
        assertThat(FlumePositions.parse(" [] \n", "x")).isEmpty();
    }

    @Test
    void somethingElseIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> FlumePositions.parse("{\"inode\":1}", "/tmp/p.json"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("flume.position.file");
        assertThatThrownBy(() -> FlumePositions.parse("[{\"inode\":1}]", "/tmp/p.json"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pos");
        assertThatThrownBy(() -> FlumePositions.read("/nonexistent/taildir_position.json"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read");
    }
}
