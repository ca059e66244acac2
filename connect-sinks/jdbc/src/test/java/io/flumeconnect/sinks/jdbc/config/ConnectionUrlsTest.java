package io.flumeconnect.sinks.jdbc.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionUrlsTest {
    @Test
    void passwordsInParametersAndUserInfoAreMasked() {
        assertThat(ConnectionUrls.masked("jdbc:postgresql://db:5432/logs?user=flume&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/logs?user=flume&password=****&ssl=true");
        assertThat(ConnectionUrls.masked("jdbc:mariadb://db/logs?password=s3cret"))
                .isEqualTo("jdbc:mariadb://db/logs?password=****");
        assertThat(ConnectionUrls.masked("jdbc:mysql://flume:s3:c@ret@db:3306/logs"))
                .isEqualTo("jdbc:mysql://flume:****@db:3306/logs");
        assertThat(ConnectionUrls.masked("jdbc:sqlserver://db;user=flume;Password=s3cret;database=logs"))
                .isEqualTo("jdbc:sqlserver://db;user=flume;Password=****;database=logs");
        assertThat(ConnectionUrls.masked("jdbc:postgresql://db/logs?sslpassword=k3y&apiToken=t0k"))
                .isEqualTo("jdbc:postgresql://db/logs?sslpassword=****&apiToken=****");
    }

    @Test
    void urlsWithoutCredentialsStayAsTheyAre() {
        assertThat(ConnectionUrls.masked("jdbc:postgresql://db:5432/logs?user=flume")).isEqualTo("jdbc:postgresql://db:5432/logs?user=flume");
        assertThat(ConnectionUrls.masked("jdbc:sqlite:/var/lib/logs.db")).isEqualTo("jdbc:sqlite:/var/lib/logs.db");
    }
}
