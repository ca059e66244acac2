package io.flumeconnect.transforms.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Texts of about 100 KB built to make regexes recurse once per repetition (a StackOverflowError in
 * java.util.regex) or backtrack quadratically, and a way to run a match against them on a worker-sized stack
 * with a bound on the work done: {@link Budgeted} counts every character the regex reads.
 */
public final class HostileInputs {
    /** About 100 KB. */
    public static final int SIZE = 100 * 1024;
    /** Characters a linear regex may read per input character; a quadratic one reads thousands. */
    public static final int READS_PER_CHAR = 1_000;
    /** Connect task threads run with the JVM's default stack; a smaller one makes the test stricter. */
    private static final long STACK_BYTES = 512 * 1024;

    private HostileInputs() {
    }

    /** The hostile texts by name. */
    public static Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("email dots (a@ + b. x n)", "a@" + repeat("b.", SIZE / 2));
        texts.put("subscribe URL", "GET /subscribe?email=a@" + repeat("b.", SIZE / 2) + " HTTP/1.1");
        texts.put("one letter", repeat("x", SIZE));
        texts.put("digits", repeat("1", SIZE));
        texts.put("digits and dots", repeat("1.", SIZE / 2));
        texts.put("hex and colons", repeat("a:", SIZE / 2));
        texts.put("colons", repeat(":", SIZE));
        texts.put("hyphens", repeat("a-", SIZE / 2));
        texts.put("slashes", repeat("/a", SIZE / 2));
        texts.put("query", "/?" + repeat("a=", SIZE / 2));
        texts.put("spaces", repeat(" ", SIZE));
        texts.put("words and spaces", repeat("a ", SIZE / 2));
        texts.put("open quote", "\"" + repeat("a", SIZE));
        texts.put("escaped quotes", "\"" + repeat("\\\"", SIZE / 2));
        texts.put("quotes and spaces", "1.1.1.1 - - [01/Jan/2024:00:00:00 +0000] \"" + repeat("\" 1 1 \"", SIZE / 7));
        texts.put("brackets", repeat("[a]", SIZE / 3));
        texts.put("digit groups", repeat("1 ", SIZE / 2));
        texts.put("card-like", repeat("4-", SIZE / 2));
        texts.put("bearer", "Bearer " + repeat("a", SIZE));
        texts.put("local parts", repeat("a.", SIZE / 2) + "@");
        texts.put("angle", "<" + repeat("1", SIZE));
        texts.put("times", repeat("1:1", SIZE / 3));
        texts.put("access log with a long request", "203.0.113.9 - - [10/Oct/2000:13:55:36 -0700] \"GET /?q="
                + repeat("a@b.", SIZE / 4) + " HTTP/1.1\" 200 1 \"-\" \"-\"");
        return texts;
    }

    private static String repeat(String unit, int times) {
        return unit.repeat(times);
    }

    /**
     * Runs {@code match} on a thread with a small stack and returns its result, or rethrows what it threw
     * (a StackOverflowError included).
     */
    public static <T> T onSmallStack(Supplier<T> match) throws Throwable {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(match.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "hostile-input", STACK_BYTES);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** A text that throws {@link WorkExceeded} once a regex has read more than its budget of characters. */
    public static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] reads;
        private final long budget;

        public Budgeted(String text) {
            this(text, new long[1], (long) text.length() * READS_PER_CHAR);
        }

        private Budgeted(String text, long[] reads, long budget) {
            this.text = text;
            this.reads = reads;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > budget) {
                throw new WorkExceeded(budget);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), reads, budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The regex read more characters than a linear scan would: it backtracks quadratically or worse. */
    public static final class WorkExceeded extends RuntimeException {
        WorkExceeded(long budget) {
            super("the regex read more than " + budget + " characters");
        }
    }
}
