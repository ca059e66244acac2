package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sources.tail.TailSourceConfig.MultilineMatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MultilineAggregatorTest {
    private final List<Line> events = new ArrayList<>();
    private long position;

    private MultilineAggregator aggregator(String pattern, boolean negate, MultilineMatch match, int maxLines,
                                           int maxBytes) {
        return new MultilineAggregator(Pattern.compile(pattern), negate, match, maxLines, maxBytes, 1000,
                StandardCharsets.UTF_8);
    }

    private void add(MultilineAggregator aggregator, long now, String... lines) {
        for (String text : lines) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            aggregator.add(new Line(bytes, position, position + bytes.length + 1, 0, false), now, events::add);
            position += bytes.length + 1;
        }
    }

    private List<String> texts() {
        return events.stream().map(e -> new String(e.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void linesNotStartingWithADateBelongToThePreviousEvent() {
        MultilineAggregator aggregator = aggregator("^\\d{4}-", true, MultilineMatch.PREVIOUS, 500, 10_000);
        add(aggregator, 0, "2024-01-01 ERROR boom", "java.lang.IllegalStateException: x", "\tat A.b(A.java:1)",
                "2024-01-01 INFO ok", "2024-01-01 WARN w", "  continued");
        aggregator.flush(events::add);

        assertThat(texts()).containsExactly(
                "2024-01-01 ERROR boom\njava.lang.IllegalStateException: x\n\tat A.b(A.java:1)",
                "2024-01-01 INFO ok",
                "2024-01-01 WARN w\n  continued");
        assertThat(events.get(0).offset()).isZero();
        assertThat(events.get(1).offset()).isEqualTo(events.get(0).end());
        assertThat(events.get(2).end()).isEqualTo(position);
    }

    @Test
    void matchingLinesJoinTheNextOne() {
        MultilineAggregator aggregator = aggregator("\\\\$", false, MultilineMatch.NEXT, 500, 10_000);
        add(aggregator, 0, "one \\", "two \\", "three", "single");
        assertThat(texts()).containsExactly("one \\\ntwo \\\nthree", "single");
        assertThat(aggregator.hasPending()).isFalse();
    }

    @Test
    void limitsStartANewEventAndDropNothing() {
        MultilineAggregator byLines = aggregator("^\\s", false, MultilineMatch.PREVIOUS, 3, 10_000);
        add(byLines, 0, "start", " a", " b", " c", " d");
        byLines.flush(events::add);
        assertThat(texts()).containsExactly("start\n a\n b", " c\n d");

        events.clear();
        MultilineAggregator byBytes = aggregator("^\\s", false, MultilineMatch.PREVIOUS, 100, 12);
        add(byBytes, 0, "start", " 1234", " 5678");
        byBytes.flush(events::add);
        assertThat(texts()).containsExactly("start\n 1234", " 5678");
    }

    @Test
    void anIdleEventIsFlushedAfterTheTimeout() {
        MultilineAggregator aggregator = aggregator("^\\s", false, MultilineMatch.PREVIOUS, 100, 10_000);
        add(aggregator, 1000, "start", " more");
        aggregator.flushIfIdle(1999, events::add);
        assertThat(events).isEmpty();
        aggregator.flushIfIdle(2000, events::add);
        assertThat(texts()).containsExactly("start\n more");
    }

    @Test
    void partsOfOverlongLinesPassThrough() {
        MultilineAggregator aggregator = aggregator("^\\s", false, MultilineMatch.PREVIOUS, 100, 10_000);
        add(aggregator, 0, "start");
        aggregator.add(new Line("xx".getBytes(StandardCharsets.UTF_8), 6, 8, 1, true), 0, events::add);
        assertThat(texts()).containsExactly("start", "xx");
        assertThat(events.get(1).part()).isEqualTo(1);
    }
}
