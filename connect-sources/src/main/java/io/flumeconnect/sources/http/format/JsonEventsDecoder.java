package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.util.List;

/** A JSON array of objects (an event each) or a single JSON object (one event). */
public final class JsonEventsDecoder extends StreamingJsonDecoder {
    private final boolean structured;

    /** @param structured each object as a map; otherwise as its JSON text */
    public JsonEventsDecoder(boolean structured) {
        this.structured = structured;
    }

    @Override
    void readEvents(JsonParser parser, List<Event> events, EventLimit limit) throws IOException, RequestException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                limit.add(events, JsonInput.objectEvent(parser, structured, "event " + (events.size() + 1)));
            }
            JsonInput.expectEnd(parser, "the array");
        } else if (first != null) {
            limit.add(events, JsonInput.objectEvent(parser, structured, "event 1"));
            JsonInput.expectEnd(parser, "the object");
        }
    }
}
