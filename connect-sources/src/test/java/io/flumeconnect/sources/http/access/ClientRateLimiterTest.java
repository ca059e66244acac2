package io.flumeconnect.sources.http.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    @Test
    void aClientBeyondItsBurstWaits() {
        ClientRateLimiter limiter = new ClientRateLimiter(0.01, 3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        }
        assertThat(limiter.acquire("10.0.0.1").orElseThrow()).as("seconds to wait").isBetween(1L, 100L);
        assertThat(limiter.acquire("10.0.0.2")).as("another client has its own bucket").isEmpty();
    }

    @Test
    void aForgottenClientStartsWithAFullBucket() {
        ClientRateLimiter limiter = new ClientRateLimiter(0.01, 1, 1);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();
        assertThat(limiter.acquire("b")).isEmpty();
        assertThat(limiter.acquire("a")).as("a was forgotten when b came").isEmpty();
    }

    @Test
    void rateZeroIsNoLimit() {
        ClientRateLimiter limiter = new ClientRateLimiter(0, 0, 1);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
    }

    @Test
    void theDefaultBurstIsOneSecondsWorth() {
        ClientRateLimiter limiter = new ClientRateLimiter(5, 0, 10);
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limiter.acquire("a").isEmpty() ? 1 : 0;
        }
        assertThat(allowed).isBetween(5, 7);
    }
}
