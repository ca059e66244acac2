package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.syslog.SyslogMessage.SdElement;
import io.flumeconnect.sources.syslog.SyslogMessage.SdParam;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5424: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]}, with fractional
 * timestamps and offsets, structured data with escapes ({@code \" \\ \]}) and a BOM-marked UTF-8 message. Strict
 * on structure, lenient on field lengths (devices exceed them).
 */
final class Rfc5424Parser {
    private static final char NIL = '-';
    private static final char BOM = '\uFEFF';

    private final String text;
    private int at;

    private Rfc5424Parser(String text) {
        this.text = text;
    }

    /** True when {@code text} claims to be RFC 5424: {@code <PRI>1 }. */
    static boolean looksLike(String text) {
        int close = text.indexOf('>');
        return text.startsWith("<") && close > 1 && close <= 4 && text.startsWith("1 ", close + 1);
    }

    static SyslogMessage parse(String text) throws SyslogParseException {
        return new Rfc5424Parser(text).message();
    }

    private SyslogMessage message() throws SyslogParseException {
        int pri = Priority.parse(text);
        at = Priority.end(text);
        if (!text.startsWith("1 ", at)) {
            throw new SyslogParseException("RFC 5424 VERSION 1 expected after the PRI");
        }
        at += 2;
        Instant timestamp = timestamp(field("TIMESTAMP"));
        String hostname = nilable(field("HOSTNAME"));
        String appName = nilable(field("APP-NAME"));
        String procId = nilable(field("PROCID"));
        String msgId = nilable(field("MSGID"));
        List<SdElement> structuredData = structuredData();
        String message = null;
        if (at < text.length()) {
            if (text.charAt(at) != ' ') {
                throw new SyslogParseException("RFC 5424 STRUCTURED-DATA must be followed by a space and MSG");
            }
            message = text.substring(at + 1);
            if (!message.isEmpty() && message.charAt(0) == BOM) {
                message = message.substring(1);
            }
        }
        return new SyslogMessage(SyslogFormat.RFC5424, pri >> 3, pri & 7, 1, timestamp, hostname, appName, procId,
                msgId, structuredData, message);
    }

    /** The next space-terminated header field. */
    private String field(String name) throws SyslogParseException {
        int space = text.indexOf(' ', at);
        if (space < 0) {
            throw new SyslogParseException("RFC 5424 header ends before " + name);
        }
        if (space == at) {
            throw new SyslogParseException("RFC 5424 " + name + " is empty (two spaces)");
        }
        String value = text.substring(at, space);
        at = space + 1;
        return value;
    }

    private static String nilable(String value) {
        return value.length() == 1 && value.charAt(0) == NIL ? null : value;
    }

    private static Instant timestamp(String value) throws SyslogParseException {
        if (value.length() == 1 && value.charAt(0) == NIL) {
            return null;
        }
        try {
            return Rfc3339.parse(value);
        } catch (DateTimeException e) {
            throw new SyslogParseException("RFC 5424 TIMESTAMP '" + value + "' is not RFC 3339 with an offset");
        }
    }

    private List<SdElement> structuredData() throws SyslogParseException {
        if (at >= text.length()) {
            throw new SyslogParseException("RFC 5424 STRUCTURED-DATA missing");
        }
        if (text.charAt(at) == NIL) {
            at++;
            return List.of();
        }
        List<SdElement> elements = new ArrayList<>();
        while (at < text.length() && text.charAt(at) == '[') {
            elements.add(element());
        }
        if (elements.isEmpty()) {
            throw new SyslogParseException("RFC 5424 STRUCTURED-DATA must be '-' or start with '['");
        }
        return elements;
    }

    private SdElement element() throws SyslogParseException {
        at++;
        String id = sdName("SD-ID");
        List<SdParam> params = new ArrayList<>();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
            String name = sdName("PARAM-NAME");
            if (!text.startsWith("=\"", at)) {
                throw new SyslogParseException("RFC 5424 SD-PARAM " + name + " needs =\"value\"");
            }
            at += 2;
            params.add(new SdParam(name, paramValue()));
        }
        if (at >= text.length() || text.charAt(at) != ']') {
            throw new SyslogParseException("RFC 5424 SD-ELEMENT " + id + " is not closed by ']'");
        }
        at++;
        return new SdElement(id, List.copyOf(params));
    }

    /** SD-NAME: 1 to 32 printable ASCII characters except '=', ' ', ']' and '"'. */
    private String sdName(String what) throws SyslogParseException {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c <= ' ' || c > '~' || c == '=' || c == ']' || c == '"') {
                break;
            }
            at++;
        }
        if (at == start) {
            throw new SyslogParseException("RFC 5424 " + what + " is empty or has an invalid character");
        }
        return text.substring(start, at);
    }

    /** PARAM-VALUE up to the closing '"', with {@code \" \\ \]} unescaped (a backslash before anything else stays). */
    private String paramValue() throws SyslogParseException {
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && at < text.length()) {
                char next = text.charAt(at);
                if (next == '"' || next == '\\' || next == ']') {
                    value.append(next);
                    at++;
                    continue;
                }
            }
            value.append(c);
        }
        throw new SyslogParseException("RFC 5424 PARAM-VALUE is not closed by '\"'");
    }
}
