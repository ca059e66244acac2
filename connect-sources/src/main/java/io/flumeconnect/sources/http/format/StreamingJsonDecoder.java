package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/** A JSON format read with Jackson's streaming parser; a parse error names the event it is in. */
abstract class StreamingJsonDecoder implements EventDecoder {

    @Override
    public final List<Event> decode(InputStream body, Charset charset, EventLimit limit)
            throws RequestException, IOException {
        List<Event> events = limit.newList();
        try (JsonParser parser = JsonInput.parser(body, charset)) {
            readEvents(parser, events, limit);
        } catch (JsonProcessingException e) {
            throw JsonInput.invalid("event " + (events.size() + 1), e);
        }
        return events;
    }

    /** Reads the whole body, adding each event to {@code events} through {@code limit}. */
    abstract void readEvents(JsonParser parser, List<Event> events, EventLimit limit)
            throws IOException, RequestException;
}
