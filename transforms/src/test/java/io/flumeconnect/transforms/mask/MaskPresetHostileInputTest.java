package io.flumeconnect.transforms.mask;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.flumeconnect.transforms.support.HostileInputs;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mask preset's regex, scanned over every hostile text as Mask scans: no overflow, linear work. */
class MaskPresetHostileInputTest {
    static Stream<Arguments> presetsAndTexts() {
        Map<String, String> texts = HostileInputs.all();
        return Arrays.stream(MaskPreset.values()).flatMap(preset -> texts.entrySet().stream()
                .map(text -> Arguments.of(preset, text.getKey(), text.getValue())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("presetsAndTexts")
    void survivesHostileInput(MaskPreset preset, String textName, String text) {
        assertThatCode(() -> HostileInputs.onSmallStack(() -> countMatches(preset, text)))
                .as("%s on %s", preset, textName)
                .doesNotThrowAnyException();
    }

    private static int countMatches(MaskPreset preset, String text) {
        Matcher matcher = preset.detector().pattern().matcher(new HostileInputs.Budgeted(text));
        int matches = 0;
        while (matcher.find()) {
            matches++;
        }
        return matches;
    }
}
