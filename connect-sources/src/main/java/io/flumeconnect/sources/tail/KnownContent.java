package io.flumeconnect.sources.tail;

/** How far the content with {@code fingerprint} was read, remembered to recognise a copy of it. */
record KnownContent(Fingerprint fingerprint, long position) {
}
