package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Newline-delimited JSON: one object per line, an event each. Blank lines are skipped; errors name the event and
 * its line. (Objects are read as a whitespace-separated sequence, so an object spread over lines is accepted.)
 */
public final class NdjsonDecoder implements EventDecoder {
    private final boolean structured;

    /** @param structured each object as a map; otherwise as its JSON text */
    public NdjsonDecoder(boolean structured) {
        this.structured = structured;
    }

    @Override
    public List<Event> decode(InputStream body, Charset charset, EventLimit limit)
            throws RequestException, IOException {
        List<Event> events = limit.newList();
        try (JsonParser parser = JsonInput.parser(body, charset)) {
            try {
                while (parser.nextToken() != null) {
                    String event = "event " + (events.size() + 1) + " (line "
                            + parser.currentTokenLocation().getLineNr() + ")";
                    limit.add(events, JsonInput.objectEvent(parser, structured, event));
                }
            } catch (JsonProcessingException e) {
                throw JsonInput.invalid("event " + (events.size() + 1), e);
            }
        }
        return events;
    }
}
