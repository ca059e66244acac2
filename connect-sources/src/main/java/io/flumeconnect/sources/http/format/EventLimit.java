package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.util.ArrayList;
import java.util.List;

/** Collects a request's events and refuses the request (413) as soon as it holds more than the limit. */
public final class EventLimit {
    private final int max;
    private final String key;

    /** @param key the config key that sets {@code max}, named in the error */
    public EventLimit(int max, String key) {
        this.max = max;
        this.key = key;
    }

    List<Event> newList() {
        return new ArrayList<>();
    }

    void add(List<Event> events, Event event) throws RequestException {
        if (events.size() >= max) {
            throw RequestException.tooLarge("more than " + max + " events in one request (" + key + ")");
        }
        events.add(event);
    }
}
