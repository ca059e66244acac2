package io.flumeconnect.transforms.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GrokPatternTest {
    private static Map<String, Object> parse(String expression, String line) {
        return GrokPattern.compile(expression, GrokLibrary.bundled()).parse(line);
    }

    @Test
    void parsesAnRfc3164SyslogLine() {
        assertThat(parse("%{SYSLOGLINE}", "<34>Oct 11 22:14:15 mymachine su[230]: 'su root' failed for lonvick"))
                .containsEntry("priority", 34L)
                .containsEntry("timestamp", "Oct 11 22:14:15")
                .containsEntry("logsource", "mymachine")
                .containsEntry("program", "su")
                .containsEntry("pid", 230L)
                .containsEntry("message", "'su root' failed for lonvick");
    }

    @Test
    void parsesAnRfc5424SyslogLine() {
        assertThat(parse("%{SYSLOG5424LINE}", "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - "
                + "ID47 [exampleSDID@32473 iut=\"3\"] An application event"))
                .containsEntry("priority", 165L)
                .containsEntry("version", 1L)
                .containsEntry("timestamp", "2003-10-11T22:14:15.003Z")
                .containsEntry("logsource", "mymachine.example.com")
                .containsEntry("program", "evntslog")
                .containsEntry("msgid", "ID47")
                .containsEntry("structured_data", "[exampleSDID@32473 iut=\"3\"]")
                .containsEntry("message", "An application event")
                .doesNotContainKey("pid");
    }

    @Test
    void parsesApacheAndNginxCombinedLines() {
        String line = "203.0.113.9 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif?a=1 HTTP/1.0\" 200 2326 "
                + "\"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"";
        Map<String, Object> fields = parse("%{NGINXACCESS}", line);
        assertThat(fields).containsEntry("clientip", "203.0.113.9").containsEntry("auth", "frank")
                .containsEntry("timestamp", "10/Oct/2000:13:55:36 -0700").containsEntry("verb", "GET")
                .containsEntry("request", "/apache_pb.gif?a=1").containsEntry("httpversion", "1.0")
                .containsEntry("response", 200L).containsEntry("bytes", 2326L)
                .containsEntry("referrer", "http://www.example.com/start.html")
                .containsEntry("agent", "Mozilla/4.08 [en] (Win98; I ;Nav)");
        assertThat(parse("%{COMMONAPACHELOG}", "::1 - - [10/Oct/2000:13:55:36 +0000] \"-\" 400 -"))
                .containsEntry("clientip", "::1").containsEntry("rawrequest", "-").doesNotContainKey("bytes");
    }

    @Test
    void keepsMatchingWhatUsersWriteAfterTheHostileInputFixes() {
        assertThat(parse("email=%{EMAILADDRESS:email}", "GET /subscribe?email=jane.doe+x@mail.example.org HTTP/1.1"))
                .containsEntry("email", "jane.doe+x@mail.example.org");
        assertThat(parse("to %{HOSTNAME:host}\\.? ", "relay to mx1.example.com. ok")).containsEntry("host", "mx1.example.com");
        assertThat(parse("host=%{IPORHOST:host}:%{POSINT:port:int}", "host=db-1.internal:5432"))
                .containsEntry("host", "db-1.internal").containsEntry("port", 5432L);
        assertThat(parse("%{URI:uri}", "see https://user@example.org:8443/a/b?c=d ok"))
                .containsEntry("uri", "https://user@example.org:8443/a/b?c=d");
        assertThat(parse("%{QS:quoted}", "say \"a \\\"b\\\" c\" now")).containsEntry("quoted", "\"a \\\"b\\\" c\"");
        assertThat(parse("%{SYSLOG5424SD:sd}", "[a x=\"1\"][b]")).containsEntry("sd", "[a x=\"1\"][b]");
    }

    @Test
    void wholeLinePatternsAreAnchoredAndTheirBodiesAreNot() {
        String line = "203.0.113.9 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 1 \"-\" \"curl\"";
        assertThat(parse("%{COMBINEDAPACHELOG}", "nginx: " + line)).isNull();
        assertThat(parse("%{HTTPD_COMBINEDLOG}", "nginx: " + line)).containsEntry("clientip", "203.0.113.9")
                .containsEntry("agent", "curl");
        assertThat(parse("%{COMBINEDAPACHELOG}", line.replace("\"GET / HTTP/1.0\"", "\"GET /a\\\"b HTTP/1.0\"")))
                .as("an escaped quote in the request").containsEntry("request", "/a\\\"b");
    }

    @Test
    void parsesIsoTimestampsWithTypedCaptures() {
        assertThat(parse("^%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} took=%{NUMBER:took:double}ms ok=%{WORD:ok:boolean}",
                "2024-05-01T12:00:00.123+02:00 WARN took=12.5ms ok=true"))
                .containsEntry("ts", "2024-05-01T12:00:00.123+02:00").containsEntry("level", "WARN")
                .containsEntry("took", 12.5).containsEntry("ok", true);
    }

    @Test
    void acceptsPlainNamedGroupsAndDottedFieldNames() {
        GrokPattern pattern = GrokPattern.compile("(?<user>\\w+) from %{IP:client.ip}", GrokLibrary.bundled());
        assertThat(pattern.fieldNames()).containsExactly("client.ip", "user");
        assertThat(pattern.parse("alice from 10.0.0.1")).containsEntry("user", "alice").containsEntry("client.ip", "10.0.0.1");
        assertThat(pattern.parse("nothing here")).isNull();
    }

    @Test
    void refusesUnknownPatternsTypesAndPatternsThatCaptureNothing() {
        assertThatThrownBy(() -> GrokPattern.compile("%{NOPE:x}", GrokLibrary.bundled()))
                .hasMessage("unknown grok pattern %{NOPE}");
        assertThatThrownBy(() -> GrokPattern.compile("%{INT:x:money}", GrokLibrary.bundled()))
                .hasMessageContaining("unknown capture type 'money'");
        assertThatThrownBy(() -> GrokPattern.compile("%{INT}", GrokLibrary.bundled()))
                .hasMessageContaining("captures nothing");
    }
}
