package io.flumeconnect.launcher.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The syslog benchmark's senders: {@code connections} threads of this JVM, each sending its share of the numbered
 * messages over TCP (LF or octet-counting framing), RELP (with {@code window} messages unanswered) or UDP (paced to
 * {@code rate} messages/s in all when it is set).
 */
record SyslogSenders(int port, int connections, int messageBytes, boolean octets, int window, long rate) {

    enum Protocol { TCP, RELP, UDP }

    String describe(Protocol protocol) {
        return switch (protocol) {
            case TCP -> octets ? ", octet-counting framing" : ", LF framing";
            case RELP -> ", window %d unanswered messages per connection".formatted(window);
            case UDP -> rate > 0 ? ", paced at %,d msg/s in all".formatted(rate) : ", unpaced";
        };
    }

    /** Messages {@code first} to {@code first + count - 1}, shared between the connections. */
    CompletableFuture<Void> send(Protocol protocol, long first, long count) {
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        long share = count / connections;
        for (int c = 0; c < connections; c++) {
            long from = first + c * share;
            long n = c == connections - 1 ? count - c * share : share;
            senders.add(CompletableFuture.runAsync(() -> {
                try {
                    switch (protocol) {
                        case TCP -> sendTcp(from, n);
                        case RELP -> sendRelp(from, n);
                        case UDP -> sendUdp(from, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable, "syslog-sender").start()));
        }
        return CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new));
    }

    private void sendTcp(long from, long count) throws IOException {
        SyslogMessages messages = new SyslogMessages(messageBytes);
        byte[] prefix = (octets ? messageBytes + " " : "").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", port);
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (long i = from; i < from + count; i++) {
                out.write(prefix);
                out.write(messages.numbered(i));
            }
        }
    }

    private void sendRelp(long from, long count) throws IOException, InterruptedException {
        SyslogMessages messages = new SyslogMessages(messageBytes);
        try (RelpClient client = RelpClient.open("127.0.0.1", port, window)) {
            for (long i = from; i < from + count; i++) {
                client.syslog(messages.numbered(i), messages.valueBytes());
            }
        }
    }

    /** Datagrams without their LF, paced to this sender's share of {@code rate} when it is set. */
    private void sendUdp(long from, long count) throws IOException {
        SyslogMessages messages = new SyslogMessages(messageBytes);
        long nanosPerMessage = rate > 0 ? 1_000_000_000L * connections / rate : 0;
        long start = System.nanoTime();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(InetAddress.getLoopbackAddress(), port);
            for (long i = 0; i < count; i++) {
                socket.send(new DatagramPacket(messages.numbered(from + i), messages.valueBytes()));
                if (nanosPerMessage > 0 && i % 64 == 63) {
                    LockSupport.parkNanos(start + i * nanosPerMessage - System.nanoTime());
                }
            }
        }
    }
}
