package io.flumeconnect.launcher.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A minimal RELP client, as rsyslog's {@code omrelp} talks: {@code open}, then {@code syslog} frames with up to
 * {@code window} of them unanswered, then {@code close}. Frames are {@code TXNR SP COMMAND SP DATALEN [SP DATA] LF};
 * a reader thread takes the {@code rsp} answers and frees a place in the window for each. Any answer but
 * {@code 200} fails the session: a benchmark counts only what the server acknowledged.
 */
final class RelpClient implements Closeable {
    private static final byte[] OFFERS = "relp_version=0\nrelp_software=flume-connect-bench\ncommands=syslog"
            .getBytes(StandardCharsets.US_ASCII);
    private static final long ANSWER_TIMEOUT_SECONDS = 120;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final Semaphore window;
    private final int windowSize;
    private final Thread reader;
    private volatile String failure;
    private long txnr;

    private RelpClient(Socket socket, int windowSize) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        this.windowSize = windowSize;
        this.window = new Semaphore(windowSize);
        this.reader = new Thread(this::readAnswers, "relp-client-answers");
        this.reader.setDaemon(true);
    }

    /** Connects and opens a session; {@code window} frames may be unanswered at once. */
    static RelpClient open(String host, int port, int window) throws IOException, InterruptedException {
        RelpClient client = new RelpClient(new Socket(host, port), window);
        client.reader.start();
        client.send("open", OFFERS, OFFERS.length);
        client.flushAndAwaitAnswers();
        return client;
    }

    /** Sends one {@code syslog} frame with the first {@code length} bytes of {@code message}. */
    void syslog(byte[] message, int length) throws IOException, InterruptedException {
        send("syslog", message, length);
    }

    /** Sends {@code close} and waits until every frame sent was answered {@code 200}; just closes a failed session. */
    @Override
    public void close() throws IOException {
        try {
            if (failure == null) {
                send("close", new byte[0], 0);
                flushAndAwaitAnswers();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the RELP session", e);
        } finally {
            socket.close();
        }
    }

    private void send(String command, byte[] data, int length) throws IOException, InterruptedException {
        if (!window.tryAcquire()) {
            out.flush();
            if (!window.tryAcquire(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("no RELP answer within " + ANSWER_TIMEOUT_SECONDS + " s");
            }
        }
        if (failure != null) {
            window.release();
            checkFailure();
        }
        txnr = txnr % 999_999_999 + 1;
        out.write((txnr + " " + command + " " + length + (length > 0 ? " " : "")).getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, length);
        out.write('\n');
    }

    private void flushAndAwaitAnswers() throws IOException, InterruptedException {
        out.flush();
        if (!window.tryAcquire(windowSize, ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IOException("RELP answers missing after " + ANSWER_TIMEOUT_SECONDS + " s");
        }
        window.release(windowSize);
        checkFailure();
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("RELP session failed: " + failure);
        }
    }

    /** {@code TXNR SP rsp SP DATALEN [SP DATA] LF}: frees a place per answer; the first non-200 fails the session. */
    private void readAnswers() {
        try {
            while (true) {
                String txnrField = token();
                if (txnrField == null) {
                    return;
                }
                String command = token();
                int length = Integer.parseInt(token());
                byte[] data = new byte[0];
                if (length > 0) {
                    data = in.readNBytes(length);
                    in.read();
                }
                String answer = new String(data, StandardCharsets.UTF_8);
                if (!"rsp".equals(command) || (length > 0 && !answer.startsWith("200"))) {
                    failure = "frame " + txnrField + " answered '" + command + " " + answer + "'";
                }
                window.release();
            }
        } catch (IOException | RuntimeException e) {
            if (!socket.isClosed()) {
                failure = "reading answers: " + e;
                window.release(windowSize);
            }
        }
    }

    /** The next space- or LF-ended token; null at the end of the stream before any byte. */
    private String token() throws IOException {
        StringBuilder token = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != ' ' && b != '\n') {
            token.append((char) b);
        }
        return b < 0 && token.isEmpty() ? null : token.toString();
    }
}
