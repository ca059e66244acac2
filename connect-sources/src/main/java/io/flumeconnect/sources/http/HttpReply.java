package io.flumeconnect.sources.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response: status, extra headers and a JSON body (every answer of this source has one). */
public record HttpReply(int status, Map<String, String> headers, String body) {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"), Map.entry(411, "Length Required"), Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    /** Every event of the request is in Kafka. */
    public static HttpReply written(int events) {
        return new HttpReply(200, Map.of(), json(200, null, Map.of("events", events)));
    }

    /** A retry of a request that was written: not written again. */
    public static HttpReply alreadyWritten(int events) {
        return new HttpReply(200, Map.of(), json(200, null, ordered("events", events, "replayed", true)));
    }

    public static HttpReply refused(RequestException e) {
        return new HttpReply(e.status(), e.headers(), json(e.status(), e.getMessage(), Map.of()));
    }

    /**
     * Not (wholly) written: Kafka did not acknowledge every event in time, or refused one. {@code written} of the
     * {@code events} are in Kafka; a retry writes them again.
     */
    public static HttpReply notWritten(String message, int events, int written, int retryAfterSeconds) {
        return new HttpReply(503, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                json(503, message, ordered("events", events, "written", written)));
    }

    /** Refused at once, nothing of it taken: the task is full. */
    public static HttpReply busy(String message, int retryAfterSeconds) {
        return new HttpReply(503, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                json(503, message, Map.of()));
    }

    public static HttpReply health(boolean up) {
        return new HttpReply(up ? 200 : 503, Map.of(), json(up ? 200 : 503, null,
                Map.of("kafka", up ? "reachable" : "unreachable")));
    }

    public static String reason(int status) {
        return REASONS.getOrDefault(status, "Status " + status);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(k1, v1);
        fields.put(k2, v2);
        return fields;
    }

    private static String json(int status, String message, Map<String, Object> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("status", status);
            if (message != null) {
                json.writeStringField("error", reason(status));
                json.writeStringField("message", message);
            }
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                json.writeFieldName(field.getKey());
                json.writeObject(field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }
}
