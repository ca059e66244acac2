package io.flumeconnect.sources.http.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import org.junit.jupiter.api.Test;

class FormatChooserTest {
    private final FormatChooser flumeForJson = new FormatChooser(RequestFormat.FLUME, true, false);

    @Test
    void byContentType() throws Exception {
        assertThat(flumeForJson.decoder(null, ContentType.parse("application/json; charset=UTF-8")))
                .isInstanceOf(FlumeJsonDecoder.class);
        assertThat(new FormatChooser(RequestFormat.JSON, true, false).decoder(null,
                ContentType.parse("application/json"))).isInstanceOf(JsonEventsDecoder.class);
        assertThat(flumeForJson.decoder(null, ContentType.parse("application/x-ndjson")))
                .isInstanceOf(NdjsonDecoder.class);
        assertThat(flumeForJson.decoder(null, ContentType.parse("text/plain"))).isInstanceOf(TextLinesDecoder.class);
        assertThat(flumeForJson.decoder(null, ContentType.parse("application/octet-stream")))
                .isInstanceOf(RawBodyDecoder.class);
    }

    @Test
    void thePathsFormatWins() throws Exception {
        assertThat(flumeForJson.decoder(RequestFormat.TEXT, ContentType.parse("application/json")))
                .isInstanceOf(TextLinesDecoder.class);
        assertThat(flumeForJson.decoder(RequestFormat.RAW, ContentType.parse(null)))
                .isInstanceOf(RawBodyDecoder.class);
    }

    @Test
    void unknownOrMissingContentTypeIsA415() {
        assertThatThrownBy(() -> flumeForJson.decoder(null, ContentType.parse("application/x-www-form-urlencoded")))
                .isInstanceOf(RequestException.class)
                .hasMessageStartingWith("Content-Type 'application/x-www-form-urlencoded' is not supported");
        assertThatThrownBy(() -> flumeForJson.decoder(null, ContentType.parse(null)))
                .hasMessageStartingWith("a Content-Type is needed");
    }
}
