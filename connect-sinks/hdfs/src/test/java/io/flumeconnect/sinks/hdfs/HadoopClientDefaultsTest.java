package io.flumeconnect.sinks.hdfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopClientDefaultsTest {
    @TempDir
    Path confDir;

    @Test
    void shortensTheCloseRetryDelayWhenNothingSetsIt() {
        Configuration conf = HadoopFileSystems.configuration("");

        assertThat(conf.getInt(HadoopClientDefaults.INITIAL_DELAY, -1)).isEqualTo(10);
        assertThat(conf.getInt(HadoopClientDefaults.RETRIES, -1)).isEqualTo(11);
    }

    @Test
    void leavesBothKeysToASiteFileThatSetsEither() throws IOException {
        Files.writeString(confDir.resolve("hdfs-site.xml"), """
                <configuration>
                  <property><name>dfs.client.block.write.locateFollowingBlock.retries</name><value>7</value></property>
                </configuration>
                """);

        Configuration conf = HadoopFileSystems.configuration(confDir.toString());

        assertThat(conf.getInt(HadoopClientDefaults.RETRIES, -1)).isEqualTo(7);
        assertThat(conf.get(HadoopClientDefaults.INITIAL_DELAY)).isNotEqualTo("10");
    }
}
