package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Random bodies sent to a running task: each request is either answered 200 with exactly as many events as it
 * handed over, or refused with a 4xx having handed over none. Never half a request.
 */
class RequestAtomicityPropertyTest {
    private static final Pattern EVENTS = Pattern.compile("\"events\":(\\d+)");
    private static HttpTaskHarness http;

    @BeforeContainer
    static void start() throws Exception {
        http = new HttpTaskHarness(Map.of("events.max.per.request", "20", "body.max.bytes", "4000"));
    }

    @AfterContainer
    static void stop() {
        http.close();
    }

    @Property(tries = 60)
    void aRequestIsTakenWholeOrNotAtAll(@ForAll("bodies") String body, @ForAll("types") String contentType)
            throws Exception {
        CompletableFuture<HttpResponse<String>> response = http.client.sendAsync(HttpRequest.newBuilder(http.uri("/"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<SourceRecord> handedOver = new ArrayList<>();
        while (!response.isDone()) {
            List<SourceRecord> batch = http.task().poll();
            if (batch != null) {
                http.acknowledge(batch);
                handedOver.addAll(batch);
            }
        }
        HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
        if (answer.statusCode() == 200) {
            Matcher events = EVENTS.matcher(answer.body());
            assertThat(events.find()).isTrue();
            assertThat(handedOver).hasSize(Integer.parseInt(events.group(1)));
        } else {
            assertThat(answer.statusCode()).as(answer.body()).isIn(400, 413, 415);
            assertThat(handedOver).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("application/json", "application/x-ndjson", "text/plain", "application/octet-stream",
                "text/plain; charset=ISO-8859-1", "application/json; charset=UTF-16");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> piece = Arbitraries.of("[", "]", "{", "}", ",", ":", "\"body\"", "\"headers\"", "\"a\"",
                "\"x\"", "1", "null", "\n", " ", "line", "\u00e9");
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }
}
