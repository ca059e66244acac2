package io.flumeconnect.sources.http.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void mediaTypeAndCharset() throws Exception {
        assertThat(ContentType.parse("Application/JSON; Charset=\"ISO-8859-1\""))
                .isEqualTo(new ContentType("application/json", StandardCharsets.ISO_8859_1));
        assertThat(ContentType.parse("text/plain")).isEqualTo(new ContentType("text/plain", StandardCharsets.UTF_8));
        assertThat(ContentType.parse(null)).isEqualTo(new ContentType("", StandardCharsets.UTF_8));
    }

    @Test
    void unknownCharsetIsA415() {
        assertThatThrownBy(() -> ContentType.parse("text/plain; charset=klingon"))
                .isInstanceOf(RequestException.class).hasMessage("charset 'klingon' is not supported")
                .satisfies(e -> assertThat(((RequestException) e).status()).isEqualTo(415));
    }
}
