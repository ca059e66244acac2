package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flume's JSONHandler format: {@code [{"headers": {"k": "v"}, "body": "text"}, ...]}. As in Flume, other fields
 * are ignored, a missing body is empty, and header values that are numbers or booleans are taken as their text.
 */
public final class FlumeJsonDecoder extends StreamingJsonDecoder {

    @Override
    void readEvents(JsonParser parser, List<Event> events, EventLimit limit) throws IOException, RequestException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            throw RequestException.badRequest("expected a JSON array of Flume events "
                    + "([{\"headers\": {...}, \"body\": \"...\"}]), found " + JsonInput.describe(first));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            limit.add(events, readEvent(parser, "event " + (events.size() + 1)));
        }
        JsonInput.expectEnd(parser, "the array");
    }

    private static Event readEvent(JsonParser parser, String event) throws IOException, RequestException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw RequestException.badRequest(event + ": expected an object with \"headers\" and \"body\" at "
                    + JsonInput.where(parser));
        }
        Map<String, String> headers = Map.of();
        String text = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("headers")) {
                headers = readHeaders(parser, event);
            } else if (field.equals("body")) {
                if (value == JsonToken.VALUE_STRING) {
                    text = parser.getText();
                } else if (value != JsonToken.VALUE_NULL) {
                    throw RequestException.badRequest(event + ": \"body\" must be a string, found "
                            + JsonInput.describe(value) + " at " + JsonInput.where(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        return new Event(headers, text);
    }

    private static Map<String, String> readHeaders(JsonParser parser, String event)
            throws IOException, RequestException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw RequestException.badRequest(event + ": \"headers\" must be an object at " + JsonInput.where(parser));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                throw RequestException.badRequest(event + ": header \"" + name + "\" must be a string at "
                        + JsonInput.where(parser));
            }
            headers.put(name, parser.getText());
        }
        return headers;
    }
}
