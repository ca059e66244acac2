package io.flumeconnect.sources.syslog;

/**
 * One message's bytes as framed, without its line end.
 *
 * @param length the message's full length: more than {@code bytes.length} when it was cut at
 *               {@code message.max.bytes}
 */
record Frame(byte[] bytes, int length) {

    static Frame of(byte[] bytes) {
        return new Frame(bytes, bytes.length);
    }

    boolean truncated() {
        return length > bytes.length;
    }
}
