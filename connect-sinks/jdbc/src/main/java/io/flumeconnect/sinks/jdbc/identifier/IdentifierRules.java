package io.flumeconnect.sinks.jdbc.identifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What a database accepts as a quoted identifier and how it compares two, and the one deterministic rule that
 * turns any field or table name into a name it keeps as written. A name the database takes as it is stays as it
 * is. Any other name (empty, too long, holding a character the database refuses, ending in a space where that is
 * refused) has each refused character replaced by {@code _}, is cut (at a character boundary) to leave room, and
 * gets {@code _} and the first 8 hex digits of the SHA-256 of the original name appended: the same name always
 * gives the same column, and two names that differ give different columns.
 *
 * @param maxBytes most UTF-8 bytes in a name, 0 for no limit (PostgreSQL: 63)
 * @param maxChars most characters in a name, 0 for no limit (MariaDB: 64)
 * @param caseInsensitive whether the database treats {@code a} and {@code A} as the same column
 * @param basicPlaneOnly whether characters beyond U+FFFF (emoji) are refused (MariaDB)
 * @param trailingSpaceAllowed whether a name may end with a space (MariaDB: no)
 */
public record IdentifierRules(int maxBytes, int maxChars, boolean caseInsensitive, boolean basicPlaneOnly,
                              boolean trailingSpaceAllowed) {
    private static final int HASH_HEX_DIGITS = 8;

    /** The name the database gets for {@code name}; {@code name} itself when the database keeps it as written. */
    public String fit(String name) {
        if (problem(name).isEmpty()) {
            return name;
        }
        String suffix = "_" + hash(name);
        StringBuilder base = new StringBuilder();
        name.codePoints().forEach(cp -> base.appendCodePoint(allowed(cp) ? cp : '_'));
        while (!fits(base + suffix)) {
            base.setLength(base.length() - Character.charCount(base.codePointBefore(base.length())));
        }
        return base + suffix;
    }

    /** Why the database would not keep {@code name} as written; empty when it would. */
    public Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("an empty name");
        }
        if (!allAllowed(name)) {
            return Optional.of(basicPlaneOnly ? "a NUL or a character beyond U+FFFF" : "a NUL character");
        }
        if (!trailingSpaceAllowed && name.endsWith(" ")) {
            return Optional.of("a trailing space");
        }
        if (!fits(name)) {
            return Optional.of(maxBytes > 0 ? "longer than " + maxBytes + " bytes" : "longer than " + maxChars + " characters");
        }
        return Optional.empty();
    }

    /** The form under which the database compares names: two names with the same key are the same column. */
    public String key(String name) {
        return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
    }

    private boolean allowed(int codePoint) {
        return codePoint != 0 && (!basicPlaneOnly || codePoint <= 0xFFFF);
    }

    /** Every code point {@link #allowed}; a loop rather than a stream, as it runs for every field of every record. */
    private boolean allAllowed(String name) {
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            if (!allowed(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private boolean fits(String name) {
        return (maxBytes == 0 || utf8Length(name) <= maxBytes)
                && (maxChars == 0 || name.codePointCount(0, name.length()) <= maxChars);
    }

    /** The UTF-8 length of {@code name} without encoding it (a lone surrogate is encoded as one '?'). */
    private static int utf8Length(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
