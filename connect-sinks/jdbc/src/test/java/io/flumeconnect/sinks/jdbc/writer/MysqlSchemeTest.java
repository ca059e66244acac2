package io.flumeconnect.sinks.jdbc.writer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MysqlSchemeTest {
    @Test
    void theOptionIsAddedToTheUrlParameters() {
        assertThat(MysqlScheme.permitted("jdbc:mysql://db:3306/logs")).isEqualTo("jdbc:mysql://db:3306/logs?permitMysqlScheme");
        assertThat(MysqlScheme.permitted("jdbc:mysql://db/logs?user=flume")).isEqualTo("jdbc:mysql://db/logs?user=flume&permitMysqlScheme");
    }

    @Test
    void onlyMysqlUrlsWithoutTheOptionNeedIt() {
        assertThat(MysqlScheme.refusedByMariaDb("jdbc:mysql://db/logs")).isTrue();
        assertThat(MysqlScheme.refusedByMariaDb("jdbc:mysql://db/logs?permitMysqlScheme")).isFalse();
        assertThat(MysqlScheme.refusedByMariaDb("jdbc:mariadb://db/logs")).isFalse();
        assertThat(MysqlScheme.refusedByMariaDb("jdbc:postgresql://db/logs")).isFalse();
    }
}
