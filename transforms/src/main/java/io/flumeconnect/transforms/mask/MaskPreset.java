package io.flumeconnect.transforms.mask;

import java.util.Locale;
import java.util.regex.Pattern;

/** The sensitive values {@link Mask} finds without a custom regex. */
public enum MaskPreset {
    EMAIL("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
    IPV4("(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d.]*\\d)"),
    IPV6("(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\w:])"),
    CARD("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])"),
    BEARER("(?i)\\bbearer\\s+(?<mask>[A-Za-z0-9._~+/-]+=*)");

    private final Pattern pattern;

    MaskPreset(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The preset's detector: card numbers must pass the Luhn check, IPv6 candidates must be well formed. */
    public Detector detector() {
        String name = name().toLowerCase(Locale.ROOT);
        return switch (this) {
            case CARD -> Detector.of(name, pattern, Luhn::isValid);
            case IPV6 -> Detector.of(name, pattern, Ipv6::isValid);
            default -> Detector.of(name, pattern);
        };
    }
}
