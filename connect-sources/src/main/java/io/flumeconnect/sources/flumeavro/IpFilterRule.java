package io.flumeconnect.sources.flumeavro;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/**
 * One rule of Flume's avro source {@code ipFilterRules}: {@code allow|deny:ip|name:pattern}, where the pattern
 * matches the client's address ({@code ip}) or its reverse-resolved host name ({@code name}) in full, with
 * {@code *} for any characters and {@code ?} for one. {@code name:localhost} matches the loopback and this
 * host's own address without a lookup, as in Flume.
 */
record IpFilterRule(boolean allow, boolean byName, String glob, Pattern pattern) {

    static final String SYNTAX = "allow|deny:ip|name:<pattern with * and ?>";

    /** Parses a comma-separated list of rules; throws naming {@code key} and the bad rule. */
    static List<IpFilterRule> parseAll(String key, List<String> rules) {
        List<IpFilterRule> parsed = new ArrayList<>(rules.size());
        for (String rule : rules) {
            parsed.add(parse(key, rule.trim()));
        }
        return parsed;
    }

    static IpFilterRule parse(String key, String rule) {
        String[] parts = rule.split(":", 3);
        if (parts.length != 3 || !(parts[0].equals("allow") || parts[0].equals("deny"))
                || !(parts[1].equals("ip") || parts[1].equals("name")) || parts[2].isEmpty()) {
            throw new ConfigException(key, rule, "an IP filter rule looks like " + SYNTAX
                    + ", e.g. allow:ip:10.1.*");
        }
        return new IpFilterRule(parts[0].equals("allow"), parts[1].equals("name"), parts[2], globPattern(parts[2]));
    }

    boolean matches(InetAddress address) {
        if (byName && glob.equals("localhost")) {
            return isLocalhost(address);
        }
        return pattern.matcher(byName ? address.getHostName() : address.getHostAddress()).matches();
    }

    private static boolean isLocalhost(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true;
        }
        try {
            return address.equals(InetAddress.getLocalHost());
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
