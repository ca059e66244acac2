package io.flumeconnect.sinks.file.storage;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory fsync that fails is an error; only a platform that cannot open a directory is let through. */
class DirectorySyncTest {
    @TempDir
    Path dir;

    @Test
    void aFailingDirectoryFsyncIsAnError() {
        assertThatThrownBy(() -> LocalStorage.syncDirectory(dir, directory -> new FailingForce()))
                .isInstanceOf(IOException.class).hasMessage("Input/output error");
    }

    @Test
    void aDirectoryThatCannotBeOpenedForSyncIsLetThrough() {
        assertThatCode(() -> LocalStorage.syncDirectory(dir, directory -> {
            throw new AccessDeniedException(directory.toString());
        })).doesNotThrowAnyException();
    }

    @Test
    void aRealDirectoryIsSynced() {
        assertThatCode(() -> LocalStorage.syncDirectory(dir, directory -> FileChannel.open(directory)))
                .doesNotThrowAnyException();
    }

    /** A channel whose fsync fails as a disk with an I/O error does (EIO); nothing else is used. */
    private static final class FailingForce extends FileChannel {
        @Override
        public void force(boolean metaData) throws IOException {
            throw new IOException("Input/output error");
        }

        @Override
        protected void implCloseChannel() {
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long size() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }
    }
}
