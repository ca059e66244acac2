package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns a request body into its events: undoes {@code Content-Encoding: gzip}, holds the decoded body to its byte
 * limit and gives every failure its status. All events or none: nothing is handed on before the whole body is
 * read.
 */
public final class BodyReader {
    private final long maxBytes;
    private final String maxBytesKey;

    /** @param maxBytesKey the config key that sets {@code maxBytes}, named in the 413 */
    public BodyReader(long maxBytes, String maxBytesKey) {
        this.maxBytes = maxBytes;
        this.maxBytesKey = maxBytesKey;
    }

    /** @param contentEncoding the request's {@code Content-Encoding}, or null */
    public List<Event> read(InputStream wire, String contentEncoding, ContentType type, EventDecoder decoder,
                            EventLimit limit) throws RequestException {
        try (InputStream body = new LimitedInputStream(decoded(wire, contentEncoding), maxBytes)) {
            return decoder.decode(body, type.charset(), limit);
        } catch (LimitedInputStream.BodyTooLargeException e) {
            throw tooLarge();
        } catch (CharacterCodingException e) {
            throw RequestException.badRequest("the body is not valid " + type.charset().name());
        } catch (ZipException e) {
            throw RequestException.badRequest("the body is not valid gzip: " + e.getMessage());
        } catch (IOException e) {
            // A gzip stream cut short, or a read that failed: the body as sent cannot be read to its end.
            throw RequestException.badRequest("the body cannot be read: " + e.getMessage());
        }
    }

    /** A 413 naming the limit, for bodies refused by their {@code Content-Length} before being read. */
    public RequestException tooLarge() {
        return RequestException.tooLarge("the body is larger than " + maxBytes + " bytes (" + maxBytesKey + ")");
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static InputStream decoded(InputStream wire, String contentEncoding)
            throws RequestException, IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> wire;
            case "gzip", "x-gzip" -> new GZIPInputStream(wire);
            default -> throw RequestException.unsupportedMediaType("Content-Encoding '" + contentEncoding
                    + "' is not supported (gzip or identity)");
        };
    }
}
