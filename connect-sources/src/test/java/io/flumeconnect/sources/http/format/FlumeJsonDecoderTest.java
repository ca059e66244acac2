package io.flumeconnect.sources.http.format;

import static io.flumeconnect.sources.http.format.Bodies.bodies;
import static io.flumeconnect.sources.http.format.Bodies.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlumeJsonDecoderTest {
    private final FlumeJsonDecoder decoder = new FlumeJsonDecoder();

    @Test
    void readsFlumesDocumentedPayload() throws Exception {
        // The example of Flume's user guide (JSONHandler).
        List<Event> events = decode(decoder, """
                [{
                  "headers" : {
                             "timestamp" : "434324343",
                             "host" : "random_host.example.com"
                             },
                  "body" : "random_body"
                  },
                  {
                  "headers" : {
                             "namenode" : "namenode.example.com",
                             "datanode" : "random_datanode.example.com"
                             },
                  "body" : "really_random_body"
                  }]""");
        assertThat(events).containsExactly(
                new Event(Map.of("timestamp", "434324343", "host", "random_host.example.com"), "random_body"),
                new Event(Map.of("namenode", "namenode.example.com", "datanode", "random_datanode.example.com"),
                        "really_random_body"));
    }

    @Test
    void missingHeadersOrBodyAreEmptyAndOtherFieldsIgnored() throws Exception {
        List<Event> events = decode(decoder, "[{\"body\":\"a\"},{\"headers\":{\"n\":1,\"b\":true}},"
                + "{\"body\":null,\"extra\":{\"x\":[1,2]}}]");
        assertThat(events).containsExactly(Event.of("a"), new Event(Map.of("n", "1", "b", "true"), ""),
                Event.of(""));
    }

    @Test
    void emptyArrayAndEmptyBodyHaveNoEvents() throws Exception {
        assertThat(decode(decoder, "[]")).isEmpty();
        assertThat(decode(decoder, "  ")).isEmpty();
    }

    @Test
    void aSingleObjectIsNotFlumesFormat() {
        assertThatThrownBy(() -> decode(decoder, "{\"body\":\"a\"}"))
                .isInstanceOf(RequestException.class).hasMessageContaining("expected a JSON array of Flume events");
    }

    @Test
    void aBadEventIsNamed() {
        assertThatThrownBy(() -> decode(decoder, "[{\"body\":\"a\"},{\"body\":{\"x\":1}}]"))
                .hasMessageStartingWith("event 2: \"body\" must be a string");
        assertThatThrownBy(() -> decode(decoder, "[{\"body\":\"a\"}, 5]"))
                .hasMessageStartingWith("event 2: expected an object");
        assertThatThrownBy(() -> decode(decoder, "[{\"headers\":{\"h\":[1]}}]"))
                .hasMessageStartingWith("event 1: header \"h\" must be a string");
        assertThatThrownBy(() -> decode(decoder, "[{\"headers\":\"h\"}]"))
                .hasMessageStartingWith("event 1: \"headers\" must be an object");
    }

    @Test
    void truncatedJsonNamesTheEventAndPosition() {
        assertThatThrownBy(() -> decode(decoder, "[{\"body\":\"a\"},\n{\"body\":\"b"))
                .isInstanceOf(RequestException.class)
                .hasMessageStartingWith("event 2: invalid JSON at line 2")
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(400));
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> decode(decoder, "[] []")).hasMessageContaining("unexpected content after the array");
    }

    @Test
    void readsOtherCharsets() throws Exception {
        Charset latin1 = Charset.forName("ISO-8859-1");
        List<Event> events = decode(decoder, "[{\"body\":\"caf\u00e9\"}]".getBytes(latin1), latin1, null);
        assertThat(bodies(events)).containsExactly("caf\u00e9");
    }
}
