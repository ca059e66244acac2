package io.flumeconnect.sources.tail;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's host name, for the {@code host} header. */
final class LocalHost {
    private LocalHost() {
    }

    static String name() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // A host without a resolvable name still has one in the environment; the header must not be empty.
            String fromEnv = System.getenv("HOSTNAME");
            return fromEnv == null || fromEnv.isEmpty() ? "localhost" : fromEnv;
        }
    }
}
