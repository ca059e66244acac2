package io.flumeconnect.transforms.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The named grok patterns shipped with the plugin ({@code grok-patterns} next to this class): the usual
 * building blocks (WORD, NUMBER, IP, TIMESTAMP_ISO8601, ...) and whole-line formats (SYSLOGLINE for RFC 3164,
 * SYSLOG5424LINE, COMMONAPACHELOG, COMBINEDAPACHELOG, NGINXACCESS).
 */
public final class GrokLibrary {
    private static final String RESOURCE = "grok-patterns";
    private static final GrokLibrary BUNDLED = load();

    private final Map<String, String> definitions;

    private GrokLibrary(Map<String, String> definitions) {
        this.definitions = Map.copyOf(definitions);
    }

    public static GrokLibrary bundled() {
        return BUNDLED;
    }

    /** Every pattern name, sorted. */
    public SortedSet<String> names() {
        return new TreeSet<>(definitions.keySet());
    }

    public Optional<String> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    private static GrokLibrary load() {
        try (InputStream in = GrokLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("grok pattern resource " + RESOURCE + " is missing from the plugin");
            }
            return new GrokLibrary(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled grok patterns", e);
        }
    }

    private static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> definitions = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            definitions.put(line.substring(0, space), line.substring(space + 1));
        }
        return definitions;
    }
}
