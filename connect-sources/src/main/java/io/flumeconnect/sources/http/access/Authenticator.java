package io.flumeconnect.sources.http.access;

import io.flumeconnect.sources.http.RequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Checks a request's {@code Authorization} header against the configured bearer tokens and basic-auth users.
 * Secrets are kept as SHA-256 digests and compared in constant time, every one of them every time, so neither the
 * answer's timing nor an exception message tells anything about them.
 */
public final class Authenticator {
    private final List<byte[]> tokens;
    private final List<byte[]> users;

    /**
     * @param bearerTokens comma-separated tokens, or empty
     * @param basicUsers   comma-separated {@code user:password} pairs, or empty
     * @throws IllegalArgumentException when a pair has no colon (the message holds no secret)
     */
    public Authenticator(String bearerTokens, String basicUsers) {
        tokens = digests(bearerTokens);
        users = digests(basicUsers);
        if (basicUsers.isBlank()) {
            return;
        }
        for (String pair : basicUsers.split(",")) {
            if (pair.trim().indexOf(':') <= 0) {
                throw new IllegalArgumentException("every entry must be user:password");
            }
        }
    }

    public boolean enabled() {
        return !tokens.isEmpty() || !users.isEmpty();
    }

    /**
     * @param authorization the request's {@code Authorization} header, or null
     * @throws RequestException 401 when credentials are needed and these are missing or wrong
     */
    public void check(String authorization) throws RequestException {
        if (!enabled()) {
            return;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new RequestException(401, "credentials are required (" + schemes() + ")");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        String credentials = parts.length == 2 ? parts[1].trim() : "";
        boolean valid = switch (scheme) {
            case "bearer" -> matchesAny(tokens, credentials);
            case "basic" -> matchesAny(users, basicPair(credentials));
            default -> false;
        };
        if (!valid) {
            throw new RequestException(401, "the credentials are not valid (" + schemes() + ")");
        }
    }

    /** The {@code WWW-Authenticate} value of a 401. */
    public String challenge() {
        List<String> challenges = new ArrayList<>();
        if (!tokens.isEmpty()) {
            challenges.add("Bearer realm=\"flume-connect\"");
        }
        if (!users.isEmpty()) {
            challenges.add("Basic realm=\"flume-connect\", charset=\"UTF-8\"");
        }
        return String.join(", ", challenges);
    }

    private String schemes() {
        return (tokens.isEmpty() ? "" : "Bearer") + (tokens.isEmpty() || users.isEmpty() ? "" : " or ")
                + (users.isEmpty() ? "" : "Basic");
    }

    private static String basicPair(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Compares with every secret, without stopping at the first match. */
    private static boolean matchesAny(List<byte[]> secrets, String candidate) {
        byte[] digest = sha256(candidate);
        boolean match = false;
        for (byte[] secret : secrets) {
            match |= MessageDigest.isEqual(secret, digest);
        }
        return match && !candidate.isEmpty();
    }

    private static List<byte[]> digests(String commaSeparated) {
        List<byte[]> digests = new ArrayList<>();
        for (String secret : commaSeparated.split(",")) {
            if (!secret.isBlank()) {
                digests.add(sha256(secret.trim()));
            }
        }
        return digests;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
