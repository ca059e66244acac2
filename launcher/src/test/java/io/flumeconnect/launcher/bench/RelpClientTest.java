package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The benchmark's RELP client against a scripted server: framing, the window, and a refused message. */
class RelpClientTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger mostUnanswered = new AtomicInteger();

    @Test
    void sendsOpenSyslogAndCloseFramesAndKeepsAtMostTheWindowUnanswered() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Void> session = CompletableFuture.runAsync(() -> serve(server, -1));
            try (RelpClient client = RelpClient.open("127.0.0.1", server.getLocalPort(), 3)) {
                for (int i = 0; i < 10; i++) {
                    byte[] message = ("<13>1 - h a p m - message " + i + "\n").getBytes(StandardCharsets.US_ASCII);
                    client.syslog(message, message.length - 1);
                }
            }
            session.join();
        }
        assertThat(received).hasSize(12);
        assertThat(received.get(0)).startsWith("1 open ").contains("commands=syslog");
        assertThat(received.get(1)).isEqualTo("2 syslog 27 <13>1 - h a p m - message 0");
        assertThat(received.get(10)).isEqualTo("11 syslog 27 <13>1 - h a p m - message 9");
        assertThat(received.get(11)).isEqualTo("12 close 0");
        assertThat(mostUnanswered.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void failsWhenAMessageIsNotAnswered200() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> serve(server, 3));
            assertThatThrownBy(() -> {
                try (RelpClient client = RelpClient.open("127.0.0.1", server.getLocalPort(), 1)) {
                    for (int i = 0; i < 5; i++) {
                        client.syslog("x\n".getBytes(StandardCharsets.US_ASCII), 1);
                    }
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("500 not acknowledged");
        }
    }

    /**
     * Reads frames and answers them only once the client sends no more (it waits for answers), so the most frames
     * seen unanswered is what the client kept outstanding: {@code 200 OK}, the frame numbered {@code refuse}
     * {@code 500}, the close an empty answer.
     */
    private void serve(ServerSocket server, int refuse) {
        try (Socket socket = server.accept(); InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            List<String[]> unanswered = new ArrayList<>();
            String frame;
            while ((frame = frame(in)) != null) {
                received.add(frame);
                unanswered.add(frame.split(" ", 4));
                mostUnanswered.accumulateAndGet(unanswered.size(), Math::max);
                boolean closing = unanswered.get(unanswered.size() - 1)[1].equals("close");
                if (closing || quiet(in)) {
                    for (String[] parts : unanswered) {
                        String answer = parts[1].equals("close") ? "" : parts[0].equals(Integer.toString(refuse))
                                ? "500 not acknowledged" : "200 OK";
                        out.write((parts[0] + " rsp " + answer.length() + (answer.isEmpty() ? "" : " " + answer)
                                + "\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    unanswered.clear();
                }
                if (closing) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client closed the session after a refused frame
        }
    }

    private static boolean quiet(InputStream in) throws IOException {
        for (int i = 0; i < 5; i++) {
            if (in.available() > 0) {
                return false;
            }
            LockSupport.parkNanos(10_000_000);
        }
        return true;
    }

    /** {@code TXNR SP COMMAND SP DATALEN [SP DATA]} without its LF; null at the end of the stream. */
    private static String frame(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        int spaces = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n' && spaces == 2) {
                return header.toString();
            }
            if (b == ' ' && ++spaces == 3) {
                break;
            }
            header.append((char) b);
        }
        if (b < 0) {
            return null;
        }
        int length = Integer.parseInt(header.substring(header.lastIndexOf(" ") + 1));
        String data = new String(in.readNBytes(length), StandardCharsets.US_ASCII);
        in.read();
        return header + " " + data;
    }
}
