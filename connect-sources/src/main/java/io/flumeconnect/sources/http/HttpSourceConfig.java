package io.flumeconnect.sources.http;

import io.flumeconnect.sources.http.format.RequestFormat;
import io.flumeconnect.sources.listener.ListenerConfig;
import io.flumeconnect.sources.listener.ListenerSettings;
import io.flumeconnect.sources.listener.TlsConfig;
import io.flumeconnect.sources.http.access.Authenticator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.types.Password;

/** The whole configuration of {@link HttpSourceConnector} and its tasks. */
public final class HttpSourceConfig extends AbstractConfig {
    public static final String PATHS_CONFIG = "paths";
    public static final String JSON_FORMAT_CONFIG = "json.format";
    public static final String HEALTH_PATH_CONFIG = "health.path";
    public static final String TOPIC_CONFIG = "topic";
    public static final String TOPICS_ALLOWED_CONFIG = "topics.allowed";
    public static final String TOPICS_PATH_PREFIX_CONFIG = "topics.path.prefix";
    public static final String VALUE_TYPE_CONFIG = "value.type";
    public static final String VALUE_SCHEMA_FIELDS_CONFIG = "value.schema.fields";
    public static final String HEADERS_HTTP_CONFIG = "headers.http";
    public static final String HEADERS_QUERY_CONFIG = "headers.query";
    public static final String CLIENT_ADDRESS_HEADER_CONFIG = "client.address.header";
    public static final String AUTH_BEARER_TOKENS_CONFIG = "auth.bearer.tokens";
    public static final String AUTH_BASIC_USERS_CONFIG = "auth.basic.users";
    public static final String BODY_MAX_BYTES_CONFIG = "body.max.bytes";
    public static final String EVENTS_MAX_CONFIG = "events.max.per.request";
    public static final String REQUESTS_CONCURRENT_MAX_CONFIG = "requests.concurrent.max";
    public static final String RATE_LIMIT_CONFIG = "rate.limit.per.client";
    public static final String RATE_LIMIT_BURST_CONFIG = "rate.limit.burst";
    public static final String RATE_LIMIT_CLIENTS_MAX_CONFIG = "rate.limit.clients.max";
    public static final String RETRY_AFTER_SECONDS_CONFIG = "retry.after.seconds";
    public static final String IDEMPOTENCY_HEADER_CONFIG = "idempotency.header";
    public static final String IDEMPOTENCY_TTL_MS_CONFIG = "idempotency.ttl.ms";
    public static final String IDEMPOTENCY_KEYS_MAX_CONFIG = "idempotency.keys.max";

    public enum ValueType { STRING, BYTES, STRUCTURED }

    private static final String REQUESTS_GROUP = "Requests";
    private static final String RECORDS_GROUP = "Records";
    private static final String AUTH_GROUP = "Authentication";
    private static final String LIMITS_GROUP = "Limits";
    private static final String IDEMPOTENCY_GROUP = "Idempotency";

    public static final ConfigDef CONFIG_DEF = TlsConfig.addTo(ListenerConfig.addTo(httpKeys(new ConfigDef())));

    /** A rule across keys that the config breaks, with every key involved. */
    public record Problem(String message, List<String> keys) {
    }

    private static ConfigDef httpKeys(ConfigDef def) {
        return def
                .define(PATHS_CONFIG, Type.LIST, "/", new Routes.PathsValidator(), Importance.HIGH,
                        "Paths that take `POST`ed events, comma-separated. `path=format` reads every request to that "
                                + "path in one format (`flume`, `json`, `ndjson`, `text`, `raw`) whatever its "
                                + "Content-Type; otherwise the Content-Type chooses: `application/json` (see "
                                + "`json.format`), `application/x-ndjson`, `text/plain`, `application/octet-stream`.",
                        REQUESTS_GROUP, 1, Width.LONG, "Paths")
                .define(JSON_FORMAT_CONFIG, Type.STRING, "flume", names(RequestFormat.FLUME, RequestFormat.JSON),
                        Importance.MEDIUM, "What an `application/json` body is: `flume`, Flume's JSONHandler format "
                                + "(`[{\"headers\": {...}, \"body\": \"...\"}]`, so Flume HTTP clients work "
                                + "unchanged), or `json`, a JSON array of objects or a single object, an event each.",
                        REQUESTS_GROUP, 2, Width.SHORT, "JSON format")
                .define(HEALTH_PATH_CONFIG, Type.STRING, "/health", Routes.PATH_VALIDATOR, Importance.LOW,
                        "Path answering `GET` with 200 while the task can reach Kafka and 503 otherwise, for load "
                                + "balancers. Needs no credentials.", REQUESTS_GROUP, 3, Width.SHORT, "Health path")
                .define(TOPIC_CONFIG, Type.STRING, "", Importance.HIGH,
                        "Topic the events of requests to `paths` are written to. Required unless `topics.allowed` "
                                + "is set.", RECORDS_GROUP, 1, Width.MEDIUM, "Topic")
                .define(TOPICS_ALLOWED_CONFIG, Type.LIST, "", Importance.MEDIUM,
                        "Topics a request may name in its path, `<topics.path.prefix><topic>` (e.g. "
                                + "`POST /topics/app-logs`); a topic not listed is refused with 403.",
                        RECORDS_GROUP, 2, Width.LONG, "Topics allowed in the path")
                .define(TOPICS_PATH_PREFIX_CONFIG, Type.STRING, "/topics/", Routes.PREFIX_VALIDATOR, Importance.LOW,
                        "Path prefix of requests that name their topic.", RECORDS_GROUP, 3, Width.SHORT,
                        "Topic path prefix")
                .define(VALUE_TYPE_CONFIG, Type.STRING, "string", names(ValueType.values()), Importance.HIGH,
                        "Record value: `string` (a line, a Flume body, a JSON object's text; string schema), "
                                + "`bytes` (the same text encoded in the request's charset, or the "
                                + "body as sent for `raw`; bytes schema) or `structured` (JSON objects as a "
                                + "schemaless map, or a Struct when `value.schema.fields` is set; other formats "
                                + "stay strings).", RECORDS_GROUP, 4, Width.SHORT, "Value type")
                .define(VALUE_SCHEMA_FIELDS_CONFIG, Type.LIST, "", Importance.MEDIUM,
                        "With `value.type=structured`: the Struct schema of JSON events, as `name:type` pairs "
                                + "(types `string`, `boolean`, `int32`, `int64`, `float64`), every field optional. "
                                + "An event with a field not listed or of another type is refused (400, naming "
                                + "event and field). Empty: schemaless maps.", RECORDS_GROUP, 5, Width.LONG,
                        "Value schema fields")
                .define(HEADERS_HTTP_CONFIG, Type.LIST, "", Importance.LOW,
                        "HTTP request headers copied to every record of the request as record headers of the same "
                                + "name (e.g. `User-Agent,X-Request-Id`); absent ones are skipped.",
                        RECORDS_GROUP, 6, Width.LONG, "HTTP headers to copy")
                .define(HEADERS_QUERY_CONFIG, Type.LIST, "", Importance.LOW,
                        "Query parameters copied to every record of the request as record headers of the same "
                                + "name (Flume's BlobHandler copies them all).", RECORDS_GROUP, 7, Width.LONG,
                        "Query parameters to copy")
                .define(CLIENT_ADDRESS_HEADER_CONFIG, Type.STRING, "client.address", Importance.LOW,
                        "Record header holding the client's IP address; empty for none.", RECORDS_GROUP, 8,
                        Width.SHORT, "Client address header")
                .define(AUTH_BEARER_TOKENS_CONFIG, Type.PASSWORD, "", Importance.HIGH,
                        "Tokens accepted in `Authorization: Bearer <token>`, comma-separated. With this or "
                                + "`auth.basic.users` set, a request without valid credentials gets 401. Compared "
                                + "in constant time, never logged.", AUTH_GROUP, 1, Width.LONG, "Bearer tokens")
                .define(AUTH_BASIC_USERS_CONFIG, Type.PASSWORD, "", Importance.HIGH,
                        "Users accepted with HTTP basic authentication, as `user:password` pairs, comma-separated "
                                + "(a password may not hold a comma). Compared in constant time, never logged.",
                        AUTH_GROUP, 2, Width.LONG, "Basic auth users")
                .define(BODY_MAX_BYTES_CONFIG, Type.INT, 10 * 1_048_576, Range.between(1, 512 * 1_048_576),
                        Importance.MEDIUM, "Largest request body, as sent and after gzip decompression: a larger "
                                + "one is refused with 413 (by its Content-Length before it is read). A request "
                                + "with neither Content-Length nor chunked encoding gets 411.",
                        LIMITS_GROUP, 1, Width.SHORT, "Max body bytes")
                .define(EVENTS_MAX_CONFIG, Type.INT, 10_000, Range.between(1, 10_000_000), Importance.MEDIUM,
                        "Most events in one request; a request with more is refused whole with 413.",
                        LIMITS_GROUP, 2, Width.SHORT, "Max events per request")
                .define(REQUESTS_CONCURRENT_MAX_CONFIG, Type.INT, 512, Range.between(1, 1_000_000),
                        Importance.LOW, "Most requests a task holds waiting for Kafka at once; one more is answered "
                                + "503 with Retry-After at once.", LIMITS_GROUP, 3, Width.SHORT,
                        "Max concurrent requests")
                .define(RATE_LIMIT_CONFIG, Type.DOUBLE, 0.0, Range.atLeast(0.0), Importance.MEDIUM,
                        "Requests per second each client address may send (a token bucket per address); more "
                                + "get 429 with Retry-After. 0 for no limit.", LIMITS_GROUP, 4, Width.SHORT,
                        "Rate limit per client")
                .define(RATE_LIMIT_BURST_CONFIG, Type.INT, 0, Range.between(0, 1_000_000), Importance.LOW,
                        "Requests a client may send at once above its rate (the bucket's size); 0 for one "
                                + "second's worth.", LIMITS_GROUP, 5, Width.SHORT, "Rate limit burst")
                .define(RATE_LIMIT_CLIENTS_MAX_CONFIG, Type.INT, 10_000, Range.between(1, 10_000_000),
                        Importance.LOW, "Client addresses whose buckets are kept; the least recently seen is "
                                + "forgotten first (and starts again with a full bucket).", LIMITS_GROUP, 6,
                        Width.SHORT, "Rate-limited clients kept")
                .define(RETRY_AFTER_SECONDS_CONFIG, Type.INT, 1, Range.between(0, 3600), Importance.LOW,
                        "`Retry-After` of a 503 answered because the task is full or Kafka is not acknowledging.",
                        LIMITS_GROUP, 7, Width.SHORT, "Retry-After (s)")
                .define(IDEMPOTENCY_HEADER_CONFIG, Type.STRING, "Idempotency-Key", Importance.MEDIUM,
                        "Request header whose value identifies a request: a request repeating the key of one "
                                + "already written (within `idempotency.ttl.ms`, to the same topic) is answered "
                                + "as that one was and not written again; one whose first copy is still in flight "
                                + "gets 409. Keys are kept per task. Empty to ignore the header.",
                        IDEMPOTENCY_GROUP, 1, Width.MEDIUM, "Idempotency header")
                .define(IDEMPOTENCY_TTL_MS_CONFIG, Type.LONG, 600_000L, Range.between(1L, 7 * 86_400_000L),
                        Importance.LOW, "How long a written request's key is remembered.", IDEMPOTENCY_GROUP, 2,
                        Width.SHORT, "Idempotency key lifetime (ms)")
                .define(IDEMPOTENCY_KEYS_MAX_CONFIG, Type.INT, 100_000, Range.between(1, 10_000_000),
                        Importance.LOW, "Most keys remembered; the oldest is forgotten first.", IDEMPOTENCY_GROUP, 3,
                        Width.SHORT, "Idempotency keys kept");
    }

    public final Routes routes;
    public final RequestFormat jsonFormat;
    public final String healthPath;
    public final ValueType valueType;
    public final ValueSchema valueSchema;
    public final List<String> httpHeaders;
    public final List<String> queryHeaders;
    public final String clientAddressHeader;
    public final Password bearerTokens;
    public final Password basicUsers;
    public final int bodyMaxBytes;
    public final int eventsMax;
    public final int requestsConcurrentMax;
    public final double rateLimit;
    public final int rateLimitBurst;
    public final int rateLimitClientsMax;
    public final int retryAfterSeconds;
    public final String idempotencyHeader;
    public final long idempotencyTtlMs;
    public final int idempotencyKeysMax;
    public final ListenerSettings listener;

    public HttpSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        routes = new Routes(getList(PATHS_CONFIG), getString(TOPIC_CONFIG), getList(TOPICS_ALLOWED_CONFIG),
                getString(TOPICS_PATH_PREFIX_CONFIG));
        jsonFormat = RequestFormat.of(getString(JSON_FORMAT_CONFIG));
        healthPath = getString(HEALTH_PATH_CONFIG);
        valueType = ValueType.valueOf(getString(VALUE_TYPE_CONFIG).toUpperCase(Locale.ROOT));
        valueSchema = ValueSchema.parse(getList(VALUE_SCHEMA_FIELDS_CONFIG));
        httpHeaders = getList(HEADERS_HTTP_CONFIG);
        queryHeaders = getList(HEADERS_QUERY_CONFIG);
        clientAddressHeader = getString(CLIENT_ADDRESS_HEADER_CONFIG);
        bearerTokens = getPassword(AUTH_BEARER_TOKENS_CONFIG);
        basicUsers = getPassword(AUTH_BASIC_USERS_CONFIG);
        bodyMaxBytes = getInt(BODY_MAX_BYTES_CONFIG);
        eventsMax = getInt(EVENTS_MAX_CONFIG);
        requestsConcurrentMax = getInt(REQUESTS_CONCURRENT_MAX_CONFIG);
        rateLimit = getDouble(RATE_LIMIT_CONFIG);
        rateLimitBurst = getInt(RATE_LIMIT_BURST_CONFIG);
        rateLimitClientsMax = getInt(RATE_LIMIT_CLIENTS_MAX_CONFIG);
        retryAfterSeconds = getInt(RETRY_AFTER_SECONDS_CONFIG);
        idempotencyHeader = getString(IDEMPOTENCY_HEADER_CONFIG);
        idempotencyTtlMs = getLong(IDEMPOTENCY_TTL_MS_CONFIG);
        idempotencyKeysMax = getInt(IDEMPOTENCY_KEYS_MAX_CONFIG);
        listener = ListenerConfig.settings(this);
    }

    /** The rules across keys, checked by the connector's {@code validate()} and again when a task starts. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        routes.problems().forEach(message -> problems.add(new Problem(message,
                List.of(PATHS_CONFIG, TOPIC_CONFIG, TOPICS_ALLOWED_CONFIG, TOPICS_PATH_PREFIX_CONFIG))));
        if (routes.serves(healthPath)) {
            problems.add(new Problem("health.path '" + healthPath + "' is also a path that takes events",
                    List.of(HEALTH_PATH_CONFIG, PATHS_CONFIG)));
        }
        if (valueSchema != null && valueType != ValueType.STRUCTURED) {
            problems.add(new Problem("value.schema.fields needs value.type=structured",
                    List.of(VALUE_SCHEMA_FIELDS_CONFIG, VALUE_TYPE_CONFIG)));
        }
        if (rateLimit == 0 && rateLimitBurst > 0) {
            problems.add(new Problem("rate.limit.burst needs a rate.limit.per.client",
                    List.of(RATE_LIMIT_BURST_CONFIG, RATE_LIMIT_CONFIG)));
        }
        try {
            new Authenticator(bearerTokens.value(), basicUsers.value());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(e.getMessage(), List.of(AUTH_BASIC_USERS_CONFIG)));
        }
        return problems;
    }

    private static ConfigDef.Validator names(Enum<?>... values) {
        return ConfigDef.CaseInsensitiveValidString.in(Arrays.stream(values)
                .map(value -> value.name().toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }
}
