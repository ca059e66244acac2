package io.flumeconnect.transforms.mask;

/**
 * Whether a candidate is a well-formed IPv6 address: eight groups of one to four hex digits, or fewer with
 * one {@code ::}. Keeps times such as {@code 12:30:45} and MAC-like texts from being masked as addresses.
 */
final class Ipv6 {
    private static final int GROUPS = 8;

    private Ipv6() {
    }

    static boolean isValid(String text) {
        int compressed = text.indexOf("::");
        if (compressed >= 0 && text.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        if (compressed < 0) {
            return groups(text) == GROUPS;
        }
        int head = text.substring(0, compressed).isEmpty() ? 0 : groups(text.substring(0, compressed));
        int tail = text.substring(compressed + 2).isEmpty() ? 0 : groups(text.substring(compressed + 2));
        return head >= 0 && tail >= 0 && head + tail < GROUPS;
    }

    /** The number of colon-separated hex groups, or -1 when one is empty or not 1-4 hex digits. */
    private static int groups(String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return -1;
            }
        }
        return parts.length;
    }
}
