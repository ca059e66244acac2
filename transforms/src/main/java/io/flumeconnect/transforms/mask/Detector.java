package io.flumeconnect.transforms.mask;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What to mask: a regex, compiled once; a cheap test that skips the regex on texts that cannot match; and a
 * check a candidate match must pass (a Luhn checksum for card numbers, a well-formed address for IPv6). When
 * the regex has a group named {@code mask} only that group is masked, e.g. the token after {@code Bearer }.
 */
public record Detector(Pattern pattern, Predicate<String> mayMatch, Predicate<String> check,
                       boolean masksGroup) {
    static final String MASK_GROUP = "mask";

    public static Detector of(Pattern pattern, Predicate<String> mayMatch, Predicate<String> check) {
        return new Detector(pattern, mayMatch, check, pattern.pattern().contains("(?<" + MASK_GROUP + ">"));
    }

    /** A detector of every match of {@code pattern}. */
    public static Detector of(Pattern pattern) {
        return of(pattern, text -> true, match -> true);
    }
}
