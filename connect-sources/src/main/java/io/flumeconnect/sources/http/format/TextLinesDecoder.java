package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Plain text, one event per line ({@code \n} or {@code \r\n}); empty lines are skipped. In charsets that write a
 * newline as the byte 0x0A (UTF-8, ISO-8859-x, ...) lines are split byte-wise and a line that is not valid in the
 * charset is named; in others (UTF-16, UTF-32) the body is decoded as a whole.
 */
public final class TextLinesDecoder implements EventDecoder {

    @Override
    public List<Event> decode(InputStream body, Charset charset, EventLimit limit)
            throws RequestException, IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return newlineIsOneByte(charset) ? splitBytes(body, decoder, limit) : splitText(body, decoder, limit);
    }

    private static List<Event> splitBytes(InputStream body, CharsetDecoder decoder, EventLimit limit)
            throws RequestException, IOException {
        List<Event> events = limit.newList();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int lineNumber = 0;
        for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, start, i - start);
                    addLine(events, line, decoder, ++lineNumber, limit);
                    start = i + 1;
                }
            }
            line.write(chunk, start, n - start);
        }
        addLine(events, line, decoder, ++lineNumber, limit);
        return events;
    }

    /** Adds the line held in {@code line} (without its {@code \r}, unless empty) and empties {@code line}. */
    private static void addLine(List<Event> events, ByteArrayOutputStream line, CharsetDecoder decoder,
                                int lineNumber, EventLimit limit) throws RequestException {
        byte[] bytes = line.toByteArray();
        line.reset();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length > 0) {
            limit.add(events, Event.of(decodeLine(decoder, bytes, length, lineNumber)));
        }
    }

    private static String decodeLine(CharsetDecoder decoder, byte[] bytes, int length, int lineNumber)
            throws RequestException {
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw RequestException.badRequest("line " + lineNumber + ": not valid " + decoder.charset().name());
        }
    }

    private static List<Event> splitText(InputStream body, CharsetDecoder decoder, EventLimit limit)
            throws RequestException, IOException {
        List<Event> events = limit.newList();
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, decoder));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty()) {
                limit.add(events, Event.of(line));
            }
        }
        return events;
    }

    private static boolean newlineIsOneByte(Charset charset) {
        byte[] newline = "\n".getBytes(charset);
        return newline.length == 1 && newline[0] == '\n' && charset.canEncode();
    }
}
