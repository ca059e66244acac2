package io.flumeconnect.aggregator;

/**
 * A record on its way out of parsing: an event for its window ({@code key} the group, {@code value} the
 * {@link Event}), or a dead letter (the input record's own key and value, the reason in its headers).
 */
record Routed(boolean deadLetter, byte[] value) {
    static Routed event(Event event) {
        return new Routed(false, event.toBytes());
    }

    static Routed deadLetter(byte[] originalValue) {
        return new Routed(true, originalValue);
    }
}
