package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.storage.PathLimits;
import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.StorageOutput;
import java.io.IOException;
import java.util.List;

/**
 * A storage that fails on demand: every operation while it is down, creating files below one directory, or
 * renames after a number of good ones.
 */
final class FlakyStorage implements Storage {
    private final Storage delegate;
    boolean down;
    String failingDir;
    int failRenames;
    int failAfter;
    private int renames;

    FlakyStorage(Storage delegate) {
        this.delegate = delegate;
    }

    private void check(String what) throws IOException {
        if (down) {
            throw new IOException("injected outage: " + what);
        }
    }

    @Override
    public StorageOutput create(String path) throws IOException {
        check("create " + path);
        if (failingDir != null && path.startsWith(failingDir + "/")) {
            throw new IOException("injected error creating " + path);
        }
        return delegate.create(path);
    }

    @Override
    public PathLimits limits() {
        return delegate.limits();
    }

    @Override
    public void rename(String from, String to) throws IOException {
        check("rename " + from);
        if (failRenames > 0 && renames++ >= failAfter) {
            failRenames--;
            throw new IOException("injected rename failure");
        }
        delegate.rename(from, to);
    }

    @Override
    public List<String> list() throws IOException {
        check("list");
        return delegate.list();
    }

    @Override
    public void delete(String path) throws IOException {
        check("delete " + path);
        delegate.delete(path);
    }

    @Override
    public String describe(String path) {
        return delegate.describe(path);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
