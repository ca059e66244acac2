package io.flumeconnect.transforms.parse;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.flumeconnect.transforms.support.HostileInputs;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled grok pattern, captured on its own as a user would write it ({@code %{NAME:field}}), against
 * every hostile text: no StackOverflowError on a small stack, and no more than linear work. An alias (a
 * pattern that is exactly one other, such as QS for QUOTEDSTRING) compiles to the same regex and is skipped.
 */
class GrokPatternHostileInputTest {
    private static final Pattern ALIAS = Pattern.compile("%\\{\\w+}");

    static Stream<Arguments> patternsAndTexts() {
        Map<String, String> texts = HostileInputs.all();
        GrokLibrary library = GrokLibrary.bundled();
        return library.names().stream()
                .filter(name -> !ALIAS.matcher(library.definition(name).orElseThrow()).matches())
                .flatMap(name -> texts.entrySet().stream()
                .map(text -> Arguments.of(name, text.getKey(), text.getValue())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("patternsAndTexts")
    void survivesHostileInput(String pattern, String textName, String text) {
        GrokPattern grok = GrokPattern.compile("%{" + pattern + ":field}", GrokLibrary.bundled());
        assertThatCode(() -> HostileInputs.onSmallStack(() -> grok.parse(new HostileInputs.Budgeted(text))))
                .as("%%{%s} on %s", pattern, textName)
                .doesNotThrowAnyException();
    }
}
