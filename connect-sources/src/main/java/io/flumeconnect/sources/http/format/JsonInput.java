package io.flumeconnect.sources.http.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.flumeconnect.sources.http.RequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the JSON decoders share: Jackson's streaming parser over a body, and reading one value from it. */
final class JsonInput {
    /** Deeper documents are refused (400) before they cost a deep recursion. */
    static final int MAX_NESTING_DEPTH = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private JsonInput() {
    }

    /** UTF-8 bodies go to Jackson's byte parser (which checks the encoding); others through a strict decoder. */
    static JsonParser parser(InputStream body, Charset charset) throws IOException {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return FACTORY.createParser(body);
        }
        return FACTORY.createParser(new InputStreamReader(body, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * The object the parser is at as one event: a map when {@code structured}, else its JSON text.
     *
     * @throws RequestException when the value there is not an object
     */
    static Event objectEvent(JsonParser parser, boolean structured, String event)
            throws IOException, RequestException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw RequestException.badRequest(event + ": expected a JSON object, found "
                    + describe(parser.currentToken()) + " at " + where(parser));
        }
        return Event.of(structured ? readObject(parser) : copyObject(parser));
    }

    /** The object the parser is at (its {@code START_OBJECT}), as a map of maps, lists and scalars. */
    static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    /** The object the parser is at, as its JSON text (whitespace dropped). */
    static String copyObject(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.copyCurrentStructure(parser);
        }
        return text.toString();
    }

    private static Object readValue(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A long, or a double when the number does not fit in one. */
    private static Number integer(JsonParser parser) throws IOException {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return parser.getDoubleValue();
        }
        return parser.getLongValue();
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser));
        }
        return array;
    }

    /** Fails unless the body holds nothing after its value. */
    static void expectEnd(JsonParser parser, String what) throws IOException, RequestException {
        if (parser.nextToken() != null) {
            throw RequestException.badRequest("unexpected content after " + what + " at " + where(parser));
        }
    }

    /** A 400 naming the event and where the parser stopped. */
    static RequestException invalid(String event, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String at = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return RequestException.badRequest(event + ": invalid JSON" + at + ": " + e.getOriginalMessage());
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    static String where(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
