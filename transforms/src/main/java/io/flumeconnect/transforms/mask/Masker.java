package io.flumeconnect.transforms.mask;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/** Replaces what the detectors find in a text; a text with nothing to mask is returned as the same instance. */
final class Masker {
    private final List<Detector> detectors;
    private final UnaryOperator<String> replacement;

    Masker(List<Detector> detectors, UnaryOperator<String> replacement) {
        this.detectors = List.copyOf(detectors);
        this.replacement = replacement;
    }

    /** {@code text} masked; {@code masked} counts each replaced value. */
    String mask(String text, Runnable masked) {
        String current = text;
        for (Detector detector : detectors) {
            current = mask(current, detector, masked);
        }
        return current;
    }

    private String mask(String text, Detector detector, Runnable masked) {
        if (!detector.mayMatch().test(text)) {
            return text;
        }
        Matcher matcher = detector.pattern().matcher(text);
        boolean group = detector.masksGroup();
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            if (!detector.check().test(matcher.group())) {
                continue;
            }
            int start = group ? matcher.start(Detector.MASK_GROUP) : matcher.start();
            int end = group ? matcher.end(Detector.MASK_GROUP) : matcher.end();
            if (start < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, start).append(replacement.apply(text.substring(start, end)));
            copied = end;
            masked.run();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
