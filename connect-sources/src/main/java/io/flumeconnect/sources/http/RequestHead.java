package io.flumeconnect.sources.http;

import java.util.List;
import java.util.OptionalLong;

/** What this source reads of a request before its body: kept apart from Netty so the rules can be unit-tested. */
public interface RequestHead {
    String method();

    /** The path, percent-decoded, without the query. */
    String path();

    /** The query parameter's values, empty when absent. */
    List<String> query(String name);

    /** The header's first value, or null. */
    String header(String name);

    /** The client's IP address, as text. */
    String clientAddress();

    OptionalLong contentLength();

    boolean chunked();
}
