package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineSplitterTest {
    private final List<Line> lines = new ArrayList<>();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    /** Feeds {@code bytes} in chunks of {@code chunk} bytes, as successive reads with a small buffer would. */
    private void feed(LineSplitter splitter, byte[] bytes, int chunk) {
        for (int i = 0; i < bytes.length; i += chunk) {
            splitter.feed(bytes, i, Math.min(bytes.length, i + chunk), lines::add);
        }
    }

    @Test
    void handsOutAWholeLineOfOneReadAsAViewOfTheReadBufferNotACopy() {
        byte[] read = utf8("one\r\ntwo\n");
        new LineSplitter(1024, true, 0).feed(read, 0, read.length, lines::add);

        assertThat(lines).allMatch(line -> line.array() == read);
        assertThat(lines).extracting(Line::from, Line::length).containsExactly(
                Tuple.tuple(0, 3), Tuple.tuple(5, 3));
        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("one", "two");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 64})
    void splitsLinesWhateverTheBufferBoundaries(int chunk) {
        byte[] input = utf8("first\r\nsecond\n\nthird é€😀 end\r\nlast");
        LineSplitter splitter = new LineSplitter(1024, true, 100);
        feed(splitter, input, chunk);

        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("first", "second", "", "third é€😀 end");
        assertThat(lines).extracting(Line::offset).containsExactly(100L, 107L, 114L, 115L);
        assertThat(lines.get(3).end()).isEqualTo(100L + input.length - 4);
        assertThat(lines).allMatch(line -> line.part() == 0 && !line.more());
        assertThat(splitter.hasPending()).isTrue();

        splitter.flush(lines::add);
        assertThat(text(lines.get(4))).isEqualTo("last");
        assertThat(lines.get(4).end()).isEqualTo(100L + input.length);
        assertThat(splitter.hasPending()).isFalse();
    }

    /** Every newline position and range edge around the 8-byte words, among bytes one bit or one borrow away. */
    @Test
    void findsTheFirstNewlineAtEveryPositionOfAWord() {
        byte[] nearMisses = {0x0B, 0x09, 0x08, (byte) 0x8A, (byte) 0xFF, 0x00, 0x1A, 0x0A};
        for (int length = 0; length <= 24; length++) {
            for (int from = 0; from <= length; from++) {
                for (int newline = -1; newline < length; newline++) {
                    byte[] bytes = new byte[length];
                    for (int i = 0; i < length; i++) {
                        bytes[i] = i == newline ? (byte) '\n' : nearMisses[(i * 5 + length) % 7];
                    }
                    int expected = newline >= from ? newline : -1;
                    for (int i = from; expected < 0 && i < length; i++) {
                        expected = bytes[i] == '\n' ? i : -1;
                    }
                    assertThat(LineSplitter.indexOfNewline(bytes, from, length))
                            .as("length %d, from %d, newline at %d", length, from, newline).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void crBetweenBuffersBeforeLfIsPartOfTheTerminator() {
        LineSplitter splitter = new LineSplitter(1024, true, 0);
        splitter.feed(utf8("abc\r"), 0, 4, lines::add);
        assertThat(lines).isEmpty();
        splitter.feed(utf8("\nx\n"), 0, 3, lines::add);
        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("abc", "x");
        assertThat(lines.get(0).end()).isEqualTo(5);
    }

    @Test
    void aLoneCrInsideALineIsKept() {
        LineSplitter splitter = new LineSplitter(1024, true, 0);
        feed(splitter, utf8("a\rb\n"), 1);
        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("a\rb");
    }

    @Test
    void anOverlongLineIsEmittedInPartsThatNeverCutACharacter() {
        String line = "€".repeat(20); // 60 bytes: three per character
        LineSplitter splitter = new LineSplitter(16, true, 0);
        feed(splitter, utf8(line + "\nnext\n"), 5);

        List<Line> parts = lines.subList(0, lines.size() - 1);
        assertThat(parts).hasSize(4);
        assertThat(parts).extracting(Line::part).containsExactly(1, 2, 3, 4);
        assertThat(parts).extracting(Line::more).containsExactly(true, true, true, false);
        assertThat(parts).allMatch(part -> part.bytes().length <= 16 && text(part).matches("€+"));
        assertThat(parts.stream().map(LineSplitterTest::text).reduce("", String::concat)).isEqualTo(line);
        assertThat(parts.get(1).offset()).isEqualTo(parts.get(0).end());
        assertThat(parts.get(3).end()).isEqualTo(61);
        assertThat(text(lines.get(4))).isEqualTo("next");
        assertThat(lines.get(4).part()).isZero();
    }

    @Test
    void aLineOfExactlyTheLimitIsOneLineEvenWithCrlf() {
        LineSplitter splitter = new LineSplitter(16, true, 0);
        feed(splitter, utf8("0123456789abcdef\r\n"), 1);
        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("0123456789abcdef");
        assertThat(lines.get(0).part()).isZero();
    }

    @Test
    void anOverlongLineIsNeverCutBetweenCrAndLf() {
        LineSplitter splitter = new LineSplitter(16, false, 0);
        feed(splitter, utf8("0123456789abcde\r" + "0\r\n"), 1);
        assertThat(lines).extracting(LineSplitterTest::text).containsExactly("0123456789abcde", "\r0");
        assertThat(lines).extracting(Line::part).containsExactly(1, 2);
    }

    @Test
    void memoryStaysBoundedByTheLimit() {
        LineSplitter splitter = new LineSplitter(100, true, 0);
        byte[] huge = new byte[1_000_000];
        java.util.Arrays.fill(huge, (byte) 'x');
        feed(splitter, huge, 65536);
        assertThat(lines).hasSize(9_999);
        assertThat(lines).allMatch(line -> line.bytes().length == 100);
        assertThat(splitter.emittedPosition()).isEqualTo(999_900);
    }
}
