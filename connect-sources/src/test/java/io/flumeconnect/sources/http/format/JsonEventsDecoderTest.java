package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.bodies;
import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEventsDecoderTest {
    private final JsonEventsDecoder structured = new JsonEventsDecoder(true);
    private final JsonEventsDecoder text = new JsonEventsDecoder(false);

    @Test
    void anArrayOfObjectsIsAnEventEach() throws Exception {
        assertThat(bodies(decode(structured, "[{\"a\":1},{\"b\":\"x\"}]")))
                .containsExactly(Map.of("a", 1L), Map.of("b", "x"));
    }

    @Test
    void aSingleObjectIsOneEvent() throws Exception {
        assertThat(bodies(decode(structured, "{\"msg\":\"hi\",\"n\":2.5,\"ok\":true,\"none\":null}")))
                .singleElement()
                .satisfies(body -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> object = (Map<String, Object>) body;
                    assertThat(object).containsEntry("msg", "hi").containsEntry("n", 2.5)
                            .containsEntry("ok", true).containsEntry("none", null);
                });
    }

    @Test
    void nestedValuesBecomeMapsAndLists() throws Exception {
        assertThat(bodies(decode(structured, "{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}")))
                .containsExactly(Map.of("a", Map.of("b", List.of(1L, Map.of("c", "d")))));
    }

    @Test
    void asTextEachObjectKeepsItsJson() throws Exception {
        assertThat(bodies(decode(text, "[ {\"a\": [1, 2]} ,\n {\"b\":\"\\u00e9\"} ]")))
                .containsExactly("{\"a\":[1,2]}", "{\"b\":\"\u00e9\"}");
    }

    @Test
    void emptyArrayAndEmptyBodyHaveNoEvents() throws Exception {
        assertThat(decode(structured, "[]")).isEmpty();
        assertThat(decode(structured, "")).isEmpty();
    }

    @Test
    void aValueThatIsNotAnObjectIsNamed() {
        assertThatThrownBy(() -> decode(structured, "[{\"a\":1},\"b\"]"))
                .hasMessageStartingWith("event 2: expected a JSON object, found a string");
        assertThatThrownBy(() -> decode(structured, "42")).hasMessageStartingWith("event 1: expected a JSON object");
    }

    @Test
    void truncatedJsonIsA400NamingTheEvent() {
        assertThatThrownBy(() -> decode(text, "[{\"a\":1},{\"b\":"))
                .isInstanceOf(RequestException.class).hasMessageStartingWith("event 2: invalid JSON");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> decode(structured, deep))
                .isInstanceOf(RequestException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void moreEventsThanTheLimitIsA413() {
        String body = "[" + "{},".repeat(Bodies.MAX_EVENTS) + "{}]";
        assertThatThrownBy(() -> decode(structured, body))
                .isInstanceOf(RequestException.class)
                .hasMessage("more than 100 events in one request (events.max)")
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(413));
    }

    @Test
    void invalidUtf8IsA400() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> decode(structured, body, java.nio.charset.StandardCharsets.UTF_8, null))
                .isInstanceOf(RequestException.class).hasMessageContaining("Invalid UTF-8");
    }
}
