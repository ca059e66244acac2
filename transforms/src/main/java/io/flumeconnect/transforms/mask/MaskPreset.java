package io.flumeconnect.transforms.mask;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The sensitive values {@link Mask} finds without a custom regex. Each has a cheap test of whether a text can
 * hold one at all (an '@' for an e-mail address), which spares the regex scan of most log lines.
 */
public enum MaskPreset {
    EMAIL("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
            text -> text.indexOf('@') >= 0),
    IPV4("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.]*\\d)",
            text -> text.indexOf('.') >= 0),
    IPV6("(?<![\\w:.])[0-9A-Fa-f:]{2,39}+(?![\\w:.])", text -> text.indexOf(':') != text.lastIndexOf(':')),
    CARD("(?<![\\d-])\\d(?:[ -]?\\d){12,18}+(?![\\d-])", MaskPreset::hasCardDigits),
    BEARER("(?i)\\bbearer\\s+(?<mask>[A-Za-z0-9._~+/-]+=*)", text -> true);

    private final Pattern pattern;
    private final Predicate<String> mayMatch;

    MaskPreset(String regex, Predicate<String> mayMatch) {
        this.pattern = Pattern.compile(regex);
        this.mayMatch = mayMatch;
    }

    /** The preset's detector: card numbers must pass the Luhn check, IPv6 candidates must be well formed. */
    public Detector detector() {
        return switch (this) {
            case CARD -> Detector.of(pattern, mayMatch, Luhn::isValid);
            case IPV6 -> Detector.of(pattern, mayMatch, Ipv6::isValid);
            default -> Detector.of(pattern, mayMatch, match -> true);
        };
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
