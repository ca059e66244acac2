package io.flumeconnect.sinks.jdbc.config;

import java.util.regex.Pattern;

/**
 * A JDBC URL with its credentials hidden, for logs and REST answers: the password of a {@code user:password@}
 * authority and the value of every parameter whose name holds password, pwd, secret or token
 * ({@code ?password=..}, {@code &sslpassword=..}, {@code ;password=..}).
 */
public final class ConnectionUrls {
    public static final String MASK = "****";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@:]*:)[^/?;]*@");
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;][^=&;?]*(?:password|passwd|pwd|secret|token)[^=&;?]*=)[^&;]*");

    private ConnectionUrls() {
    }

    public static String masked(String url) {
        if (url == null) {
            return null;
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("$1" + MASK + "@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + MASK);
    }
}
