package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/** The whole body as one event, as Flume's BlobHandler does: bytes, or text in the request's charset. */
public final class RawBodyDecoder implements EventDecoder {
    private final boolean text;

    /** @param text decode the body with the request's charset (a 400 when it is not valid there) */
    public RawBodyDecoder(boolean text) {
        this.text = text;
    }

    @Override
    public List<Event> decode(InputStream body, Charset charset, EventLimit limit)
            throws RequestException, IOException {
        List<Event> events = limit.newList();
        byte[] bytes = body.readAllBytes();
        if (bytes.length > 0) {
            limit.add(events, Event.of(text ? decodeStrictly(bytes, charset) : bytes));
        }
        return events;
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) throws RequestException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw RequestException.badRequest("the body is not valid " + charset.name());
        }
    }
}
