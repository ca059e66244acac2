package io.flumeconnect.transforms.mask;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/** What a detected value is replaced with: a fixed text, or its salted SHA-256 in hex (stable pseudonyms). */
final class Replacement {
    private Replacement() {
    }

    static UnaryOperator<String> fixed(String text) {
        return match -> text;
    }

    /**
     * SHA-256 over the salt and then the value's UTF-8 bytes. The salt is digested once; each value continues
     * from a copy of that state, which is never changed and so can be shared by threads.
     */
    static UnaryOperator<String> saltedSha256(String salt) {
        MessageDigest primed = sha256();
        primed.update(salt.getBytes(StandardCharsets.UTF_8));
        HexFormat hex = HexFormat.of();
        return match -> hex.formatHex(copyOf(primed).digest(match.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be cloned", e);
        }
    }
}
