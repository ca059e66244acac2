package io.flumeconnect.transforms.mask;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The sensitive values {@link Mask} finds without a custom regex. Each has a cheap test of whether a text can
 * hold one at all (an '@' for an e-mail address, '::' or seven colons for an IPv6 address), which spares the regex scan of most log lines. Each regex
 * starts with a plain character class and checks what precedes a match only after it, because a leading
 * look-behind is evaluated at every position of the text and made the scan several times slower. Each stays
 * linear on hostile input (MaskPresetHostileInputTest): a match starts only where a run of its characters
 * starts, and repeated groups are possessive, because java.util.regex recurses once per iteration of a group
 * it may backtrack into and overflows the stack on a few KB.
 */
public enum MaskPreset {
    EMAIL("[A-Za-z0-9_](?<![A-Za-z0-9._%+-][A-Za-z0-9_])[A-Za-z0-9._%+-]*+"
            + "@(?:[A-Za-z0-9-]++\\.(?=[A-Za-z0-9-]))++[A-Za-z]{2,63}+(?![A-Za-z0-9-])",
            text -> text.indexOf('@') >= 0),
    IPV4("\\d(?<![\\d.]\\d)\\d{0,2}+(?:\\.\\d{1,3}+){3}+(?![\\d.]*\\d)", text -> count(text, '.') >= 3),
    IPV6("[0-9A-Fa-f:](?<![\\w:.][0-9A-Fa-f:])[0-9A-Fa-f:]{1,38}+(?![\\w:.])",
            text -> text.contains("::") || count(text, ':') >= 7),
    CARD("\\d(?<![\\d-]\\d)(?:[ -]?\\d){12,18}+(?![\\d-])", MaskPreset::hasCardDigits),
    BEARER("(?i)\\bbearer\\s+(?<mask>[A-Za-z0-9._~+/-]+=*)", text -> true);

    private final Pattern pattern;
    private final Predicate<String> mayMatch;

    MaskPreset(String regex, Predicate<String> mayMatch) {
        this.pattern = Pattern.compile(regex);
        this.mayMatch = mayMatch;
    }

    /** The preset's detector: card numbers must pass the Luhn check, IP addresses must be well formed. */
    public Detector detector() {
        return switch (this) {
            case CARD -> Detector.of(pattern, mayMatch, Luhn::isValid);
            case IPV4 -> Detector.of(pattern, mayMatch, Ipv4::isValid);
            case IPV6 -> Detector.of(pattern, mayMatch, Ipv6::isValid);
            default -> Detector.of(pattern, mayMatch, match -> true);
        };
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    private static boolean hasCardDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < Luhn.MIN_DIGITS; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= Luhn.MIN_DIGITS;
    }
}
