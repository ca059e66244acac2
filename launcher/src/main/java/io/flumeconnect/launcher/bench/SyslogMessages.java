package io.flumeconnect.launcher.bench;

import java.nio.charset.StandardCharsets;

/**
 * The benchmark's numbered RFC 5424 messages, each exactly {@code size} bytes with its line end, written into one
 * reused array, so that a sender takes little of the CPU the worker needs.
 */
final class SyslogMessages {
    private static final byte[] HEADER = "<134>1 2026-12-03T08:00:00.000Z bench-host bench-app 4242 ID47 - "
            .getBytes(StandardCharsets.US_ASCII);

    private final byte[] padding;
    private final byte[] message;

    SyslogMessages(int size) {
        if (size < HEADER.length + 20) {
            throw new IllegalArgumentException("--message-bytes must be at least " + (HEADER.length + 20));
        }
        padding = RawProducerBaseline.payload(size);
        message = new byte[size];
        System.arraycopy(HEADER, 0, message, 0, HEADER.length);
        message[size - 1] = '\n';
    }

    /** Message {@code number}, in an array reused by the next call; its last byte is LF. */
    byte[] numbered(long number) {
        byte[] digits = Long.toString(number).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, message, HEADER.length, digits.length);
        int rest = message.length - 1 - HEADER.length - digits.length;
        System.arraycopy(padding, 0, message, HEADER.length + digits.length, rest);
        return message;
    }

    /** Bytes of a message without its line end: the size of its record's value. */
    int valueBytes() {
        return message.length - 1;
    }
}
