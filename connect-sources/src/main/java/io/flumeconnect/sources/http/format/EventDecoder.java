package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/** Reads the events of one request body: every event, or none. */
public interface EventDecoder {
    /**
     * @throws RequestException 400 naming the first bad event or line, 413 when {@code events} is exceeded
     * @throws IOException      when the body stream itself fails (a bad gzip stream, a body over its limit,
     *                          bytes that are not valid in {@code charset}); {@link BodyReader} turns these into
     *                          statuses
     */
    List<Event> decode(InputStream body, Charset charset, EventLimit events) throws RequestException, IOException;
}
