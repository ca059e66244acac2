package io.flumeconnect.sources.http.format;

import java.util.Map;

/**
 * One event of a request, as a decoder read it.
 *
 * @param headers the event's own headers (Flume's JSONHandler format has them), empty otherwise
 * @param body    {@code String} (a text line, a Flume body, a JSON object's text), {@code byte[]} (a raw body) or
 *                {@code Map<String, Object>} (a JSON object read as a structured value)
 */
public record Event(Map<String, String> headers, Object body) {
    public Event {
        headers = Map.copyOf(headers);
    }

    public static Event of(Object body) {
        return new Event(Map.of(), body);
    }
}
