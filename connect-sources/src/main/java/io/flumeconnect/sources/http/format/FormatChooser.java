package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Picks a request's decoder: the format its path is configured with, else the one its {@code Content-Type}
 * names. {@code application/json} means Flume's format or plain JSON events as configured.
 */
public final class FormatChooser {
    private static final Map<String, RequestFormat> NON_JSON_TYPES = Map.of(
            "application/x-ndjson", RequestFormat.NDJSON,
            "application/ndjson", RequestFormat.NDJSON,
            "application/jsonl", RequestFormat.NDJSON,
            "application/x-jsonlines", RequestFormat.NDJSON,
            "text/plain", RequestFormat.TEXT,
            "application/octet-stream", RequestFormat.RAW);

    private final RequestFormat jsonFormat;
    private final Map<RequestFormat, EventDecoder> decoders = new EnumMap<>(RequestFormat.class);

    /**
     * @param jsonFormat what {@code application/json} bodies are read as
     * @param structured JSON objects become maps (else their JSON text); raw bodies stay bytes (else text)
     */
    public FormatChooser(RequestFormat jsonFormat, boolean structured, boolean rawAsText) {
        this.jsonFormat = jsonFormat;
        decoders.put(RequestFormat.FLUME, new FlumeJsonDecoder());
        decoders.put(RequestFormat.JSON, new JsonEventsDecoder(structured));
        decoders.put(RequestFormat.NDJSON, new NdjsonDecoder(structured));
        decoders.put(RequestFormat.TEXT, new TextLinesDecoder());
        decoders.put(RequestFormat.RAW, new RawBodyDecoder(rawAsText));
    }

    /** @param pathFormat the format configured for the request's path, or null to go by the content type */
    public EventDecoder decoder(RequestFormat pathFormat, ContentType type) throws RequestException {
        return decoders.get(pathFormat != null ? pathFormat : format(type.mediaType()));
    }

    private RequestFormat format(String mediaType) throws RequestException {
        if (mediaType.equals("application/json")) {
            return jsonFormat;
        }
        RequestFormat format = NON_JSON_TYPES.get(mediaType);
        if (format == null) {
            throw RequestException.unsupportedMediaType((mediaType.isEmpty() ? "a Content-Type is needed"
                    : "Content-Type '" + mediaType + "' is not supported") + "; accepted: application/json, "
                    + "application/x-ndjson, text/plain, application/octet-stream");
        }
        return format;
    }
}
