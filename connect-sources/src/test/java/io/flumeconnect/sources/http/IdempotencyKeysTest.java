package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {
    private final AtomicLong now = new AtomicLong();
    private final IdempotencyKeys keys = new IdempotencyKeys(1000, 3, now::get);

    @Test
    void aWrittenKeyIsAnsweredAsWrittenUntilItExpires() {
        assertThat(keys.claim("k")).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(keys.claim("k")).isInstanceOf(IdempotencyKeys.InFlight.class);
        keys.written("k", 7);
        assertThat(keys.claim("k")).isEqualTo(new IdempotencyKeys.Written(7));
        now.addAndGet(1_000_000_000L);
        assertThat(keys.claim("k")).as("expired").isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void aFailedKeyMayBeWrittenAgain() {
        keys.claim("k");
        keys.failed("k");
        assertThat(keys.claim("k")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void theOldestKeyIsForgottenBeyondTheLimit() {
        for (String key : new String[] {"a", "b", "c", "d"}) {
            keys.claim(key);
            keys.written(key, 1);
        }
        assertThat(keys.claim("a")).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(keys.claim("d")).isInstanceOf(IdempotencyKeys.Written.class);
    }
}
