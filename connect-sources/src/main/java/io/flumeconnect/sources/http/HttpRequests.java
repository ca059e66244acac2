package io.flumeconnect.sources.http;

import io.flumeconnect.sources.http.HttpSourceConfig.ValueType;
import io.flumeconnect.sources.http.IdempotencyKeys.Claim;
import io.flumeconnect.sources.http.access.Authenticator;
import io.flumeconnect.sources.http.access.ClientRateLimiter;
import io.flumeconnect.sources.http.format.BodyReader;
import io.flumeconnect.sources.http.format.ContentType;
import io.flumeconnect.sources.http.format.Event;
import io.flumeconnect.sources.http.format.EventLimit;
import io.flumeconnect.sources.http.format.FormatChooser;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The rules of this source, free of the server: which requests are taken (path, method, credentials, rate,
 * limits) and what records a body becomes. A request is refused whole or turned into all of its records.
 */
public final class HttpRequests {
    /** What to do with a request whose body was read. */
    public sealed interface Decision {
    }

    /** Answer at once; nothing is written. */
    public record Answer(HttpReply reply) implements Decision {
    }

    /**
     * Write these records, then answer.
     *
     * @param idempotencyKey the key claimed for the request (report the outcome to {@link #keys()}), or null
     */
    public record Write(List<SourceRecord> records, String idempotencyKey) implements Decision {
    }

    private final HttpSourceConfig config;
    private final Authenticator authenticator;
    private final ClientRateLimiter rateLimiter;
    private final IdempotencyKeys keys;
    private final FormatChooser formats;
    private final BodyReader bodyReader;
    private final EventRecords records;
    private final Clock clock;

    public HttpRequests(HttpSourceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        authenticator = new Authenticator(config.bearerTokens.value(), config.basicUsers.value());
        rateLimiter = new ClientRateLimiter(config.rateLimit, config.rateLimitBurst, config.rateLimitClientsMax);
        keys = new IdempotencyKeys(config.idempotencyTtlMs, config.idempotencyKeysMax, System::nanoTime);
        formats = new FormatChooser(config.jsonFormat, config.valueType == ValueType.STRUCTURED,
                config.valueType != ValueType.BYTES);
        bodyReader = new BodyReader(config.bodyMaxBytes, HttpSourceConfig.BODY_MAX_BYTES_CONFIG);
        records = new EventRecords(config.valueType, config.valueSchema);
    }

    public boolean isHealthCheck(RequestHead head) {
        return head.path().equals(config.healthPath) && head.method().equals("GET");
    }

    /**
     * Checks a request before its body is read, in this order: path (404, 403), method (405), credentials (401),
     * rate (429), length (411, 413).
     */
    public void admit(RequestHead head) throws RequestException {
        config.routes.route(head.path());
        if (!head.method().equals("POST")) {
            throw new RequestException(405, head.method() + " is not allowed here; events are sent with POST",
                    Map.of("Allow", "POST"));
        }
        try {
            authenticator.check(head.header("Authorization"));
        } catch (RequestException e) {
            throw new RequestException(e.status(), e.getMessage(), Map.of("WWW-Authenticate",
                    authenticator.challenge()));
        }
        OptionalLong wait = rateLimiter.acquire(head.clientAddress());
        if (wait.isPresent()) {
            throw new RequestException(429, "more than " + config.rateLimit + " requests per second from "
                    + head.clientAddress() + " (" + HttpSourceConfig.RATE_LIMIT_CONFIG + ")",
                    Map.of("Retry-After", Long.toString(wait.getAsLong())));
        }
        OptionalLong length = head.contentLength();
        if (length.isEmpty() && !head.chunked()) {
            throw new RequestException(411, "a Content-Length or chunked transfer encoding is required");
        }
        if (length.isPresent() && length.getAsLong() > bodyReader.maxBytes()) {
            throw bodyReader.tooLarge();
        }
    }

    /** Reads an admitted request's body into records, or decides to answer without writing. */
    public Decision read(RequestHead head, InputStream body) throws RequestException {
        Routes.Route route = config.routes.route(head.path());
        String key = idempotencyKey(head, route.topic());
        if (key != null) {
            Claim claim = keys.claim(key);
            if (claim instanceof IdempotencyKeys.Written written) {
                return new Answer(HttpReply.alreadyWritten(written.events()));
            }
            if (claim instanceof IdempotencyKeys.InFlight) {
                return new Answer(HttpReply.refused(new RequestException(409, "a request with this "
                        + config.idempotencyHeader + " is being written; retry once it is answered")));
            }
        }
        try {
            ContentType type = ContentType.parse(head.header("Content-Type"));
            List<Event> events = bodyReader.read(body, head.header("Content-Encoding"), type,
                    formats.decoder(route.format(), type),
                    new EventLimit(config.eventsMax, HttpSourceConfig.EVENTS_MAX_CONFIG));
            return new Write(records.records(events, new EventRecords.RequestContext(route.topic(), type.charset(),
                    requestHeaders(head), clock.millis())), key);
        } catch (RequestException | RuntimeException e) {
            if (key != null) {
                keys.failed(key);
            }
            throw e;
        }
    }

    public int bodyMaxBytes() {
        return (int) bodyReader.maxBytes();
    }

    /** The 413 of a body that outgrew {@code body.max.bytes} while it was received. */
    public RequestException bodyTooLarge() {
        return bodyReader.tooLarge();
    }

    public IdempotencyKeys keys() {
        return keys;
    }

    private String idempotencyKey(RequestHead head, String topic) {
        String key = config.idempotencyHeader.isEmpty() ? null : head.header(config.idempotencyHeader);
        return key == null || key.isBlank() ? null : topic + "\u0000" + key;
    }

    /** The client address, then the copied HTTP headers, then the copied query parameters. */
    private Map<String, String> requestHeaders(RequestHead head) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!config.clientAddressHeader.isEmpty()) {
            headers.put(config.clientAddressHeader, head.clientAddress());
        }
        for (String name : config.httpHeaders) {
            String value = head.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        for (String name : config.queryHeaders) {
            List<String> values = head.query(name);
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        }
        return headers;
    }
}
