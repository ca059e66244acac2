package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonParser;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.util.List;

/**
 * Newline-delimited JSON: one object per line, an event each. Blank lines are skipped; errors name the event and
 * its line. (Objects are read as a whitespace-separated sequence, so an object spread over lines is accepted.)
 */
public final class NdjsonDecoder extends StreamingJsonDecoder {
    private final boolean structured;

    /** @param structured each object as a map; otherwise as its JSON text */
    public NdjsonDecoder(boolean structured) {
        this.structured = structured;
    }

    @Override
    void readEvents(JsonParser parser, List<Event> events, EventLimit limit) throws IOException, RequestException {
        while (parser.nextToken() != null) {
            String event = "event " + (events.size() + 1) + " (line "
                    + parser.currentTokenLocation().getLineNr() + ")";
            limit.add(events, JsonInput.objectEvent(parser, structured, event));
        }
    }
}
