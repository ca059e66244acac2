package io.flumeconnect.sources.http.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket (Bucket4j) per client address: {@code rate} requests per second with bursts of {@code burst}.
 * Buckets of the least recently seen clients are forgotten beyond {@code maxClients}.
 */
public final class ClientRateLimiter {
    private final double rate;
    private final long burst;
    private final Map<String, Bucket> buckets;

    /** @param burst 0 for one second's worth of requests (at least one) */
    public ClientRateLimiter(double rate, int burst, int maxClients) {
        this.rate = rate;
        this.burst = burst > 0 ? burst : Math.max(1, (long) Math.ceil(rate));
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    public boolean enabled() {
        return rate > 0;
    }

    /** @return empty when the request may go ahead, else the seconds until the client may send again */
    public OptionalLong acquire(String client) {
        if (!enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket newBucket() {
        long nanosPerToken = Math.max(1, (long) (1_000_000_000L / rate));
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .build();
    }
}
