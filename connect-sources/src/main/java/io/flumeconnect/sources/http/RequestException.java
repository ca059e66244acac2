package io.flumeconnect.sources.http;

import java.util.Map;

/**
 * A request refused with an HTTP status and a message naming what was wrong (which event or line, which limit).
 * Thrown before any event of the request is handed over, so a refused request never leaves part of itself behind.
 */
public final class RequestException extends Exception {
    private final int status;
    private final Map<String, String> headers;

    public RequestException(int status, String message) {
        this(status, message, Map.of());
    }

    /** @param headers response headers the status needs ({@code Retry-After}, {@code Allow}, ...) */
    public RequestException(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static RequestException badRequest(String message) {
        return new RequestException(400, message);
    }

    public static RequestException tooLarge(String message) {
        return new RequestException(413, message);
    }

    public static RequestException unsupportedMediaType(String message) {
        return new RequestException(415, message);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
