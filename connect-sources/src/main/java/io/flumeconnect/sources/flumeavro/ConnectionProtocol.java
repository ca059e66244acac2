package io.flumeconnect.sources.flumeavro;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Protocol;
import org.apache.avro.ipc.Transceiver;

/**
 * What Avro's {@code Responder} remembers of one connection: the client's protocol once the handshake is done,
 * so later requests on it skip the handshake. The server writes the responses itself, not through this.
 */
final class ConnectionProtocol extends Transceiver {
    private final String remoteName;
    private volatile Protocol remote;

    ConnectionProtocol(String remoteName) {
        this.remoteName = remoteName;
    }

    @Override
    public String getRemoteName() {
        return remoteName;
    }

    @Override
    public boolean isConnected() {
        return remote != null;
    }

    @Override
    public void setRemote(Protocol protocol) {
        remote = protocol;
    }

    @Override
    public Protocol getRemote() {
        return remote;
    }

    @Override
    public List<ByteBuffer> readBuffers() {
        throw new UnsupportedOperationException("the server reads requests through Netty");
    }

    @Override
    public void writeBuffers(List<ByteBuffer> buffers) {
        throw new UnsupportedOperationException("the server writes responses through Netty");
    }
}
