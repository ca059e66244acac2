package io.flumeconnect.transforms.mask;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What to mask: a regex, compiled once, and a check a candidate match must pass (a Luhn checksum for card
 * numbers, a well-formed address for IPv6). When the regex has a group named {@code mask} only that group is
 * masked, e.g. the token after {@code Bearer }.
 */
public record Detector(String name, Pattern pattern, Predicate<String> check, boolean masksGroup) {
    static final String MASK_GROUP = "mask";

    public static Detector of(String name, Pattern pattern, Predicate<String> check) {
        return new Detector(name, pattern, check, pattern.pattern().contains("(?<" + MASK_GROUP + ">"));
    }

    public static Detector of(String name, Pattern pattern) {
        return of(name, pattern, match -> true);
    }
}
