package io.flumeconnect.sources.http.format;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request's {@code Content-Type}: the media type, lower case without parameters, and its charset (UTF-8 when
 * none is given).
 */
public record ContentType(String mediaType, Charset charset) {

    /** @param header the header's value, or null when the request has none */
    public static ContentType parse(String header) throws RequestException {
        if (header == null || header.isBlank()) {
            return new ContentType("", StandardCharsets.UTF_8);
        }
        String[] parts = header.split(";");
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                charset = charset(unquote(parameter[1].trim()));
            }
        }
        return new ContentType(parts[0].trim().toLowerCase(Locale.ROOT), charset);
    }

    private static Charset charset(String name) throws RequestException {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw RequestException.unsupportedMediaType("charset '" + name + "' is not supported");
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
