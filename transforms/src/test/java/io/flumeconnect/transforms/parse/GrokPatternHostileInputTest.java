package io.flumeconnect.transforms.parse;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.flumeconnect.transforms.support.HostileInputs;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled grok pattern, captured on its own as a user would write it ({@code %{NAME:field}}), against
 * every hostile text: no StackOverflowError on a small stack, and no more than linear work.
 */
class GrokPatternHostileInputTest {
    static Stream<Arguments> patternsAndTexts() {
        Map<String, String> texts = HostileInputs.all();
        return GrokLibrary.bundled().names().stream().flatMap(name -> texts.entrySet().stream()
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
