package io.flumeconnect.transforms.parse;

import io.flumeconnect.testkit.ReferenceDocs;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/reference/transforms/grok-patterns.md: every bundled pattern and the fields it yields, from the library. */
class GrokPatternsReferenceTest {
    private static final String PROBE = "grok_reference_probe";

    @Test
    void referencePageIsCurrent() throws Exception {
        GrokLibrary library = GrokLibrary.bundled();
        StringBuilder page = new StringBuilder("""
                # Bundled grok patterns (ParseLine)

                Generated from the patterns shipped in the plugin. `%{NAME}` matches a pattern without capturing;
                the fields below are what `%{NAME}` yields by the captures inside it (a pattern without any yields
                only what you name: `%{NAME:field}` or `%{NAME:field:type}`). Types are int64, float64 and boolean
                where the pattern converts, else string. The whole-line patterns (`SYSLOGLINE`, `SYSLOG5424LINE`,
                `COMMONAPACHELOG`, `COMBINEDAPACHELOG`, `NGINXACCESS`) are anchored at the start of the line;
                `HTTPD_COMMONLOG` and `HTTPD_COMBINEDLOG` are the same without the anchor.

                | Pattern | Fields it yields | Definition |
                |---|---|---|
                """);
        for (String name : library.names()) {
            // Captured as a whole under a probe name, so that a pattern without captures of its own compiles.
            GrokPattern pattern = GrokPattern.compile("%{" + name + ":" + PROBE + "}", library);
            String fields = pattern.captures().stream().filter(capture -> !capture.field().equals(PROBE))
                    .map(capture -> "`" + capture.field() + "`" + typeOf(capture.type()))
                    .distinct().collect(Collectors.joining(", "));
            page.append("| `").append(name).append("` | ").append(fields).append(" | `")
                    .append(library.definition(name).orElseThrow().replace("|", "\\|")).append("` |\n");
        }
        ReferenceDocs.verify("transforms/grok-patterns.md", page.toString());
    }

    private static String typeOf(CaptureType type) {
        return switch (type) {
            case STRING -> "";
            case LONG -> " (int64)";
            case DOUBLE -> " (float64)";
            case BOOLEAN -> " (boolean)";
        };
    }
}
