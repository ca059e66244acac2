package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Runs a decoder on a test body the way a request does: through {@link BodyReader}. */
final class Bodies {
    static final int MAX_EVENTS = 100;
    static final int MAX_BYTES = 64 * 1024;

    private Bodies() {
    }

    static List<Event> decode(EventDecoder decoder, String body) throws RequestException {
        return decode(decoder, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }

    static List<Event> decode(EventDecoder decoder, byte[] body, Charset charset, String encoding)
            throws RequestException {
        return new BodyReader(MAX_BYTES, "body.max.bytes").read(new ByteArrayInputStream(body), encoding,
                new ContentType("test/test", charset), decoder, new EventLimit(MAX_EVENTS, "events.max"));
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static List<Object> bodies(List<Event> events) {
        return events.stream().map(Event::body).toList();
    }
}
