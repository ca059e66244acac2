package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A growing plain file, read with positional reads so that its length can be checked at any time. */
final class PlainContent implements FileContent {
    private final FileChannel channel;
    private long position;

    private PlainContent(FileChannel channel, long position) {
        this.channel = channel;
        this.position = position;
    }

    static PlainContent open(Path path, long position) throws IOException {
        return new PlainContent(FileChannel.open(path, StandardOpenOption.READ), position);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = channel.read(ByteBuffer.wrap(buffer), position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long length() throws IOException {
        return channel.size();
    }

    @Override
    public boolean complete() {
        return false;
    }

    @Override
    public int head(byte[] head) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(head);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) <= 0) {
                break;
            }
        }
        return buffer.position();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
