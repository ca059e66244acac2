package io.flumeconnect.sinks.hdfs;

import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.StorageOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Storage} on a Hadoop {@link FileSystem} (HDFS or any scheme whose jars are on the plugin's
 * path): {@code hsync} makes data durable on the datanodes, HDFS renames are atomic, and a file that a
 * crashed writer left open is closed by lease recovery before it is renamed or deleted.
 */
public final class HdfsStorage implements Storage {
    private static final Logger log = LoggerFactory.getLogger(HdfsStorage.class);
    private static final long LEASE_POLL_MS = 500;

    private final FileSystem fs;
    private final Path root;
    private final long leaseTimeoutMs;
    private final Relogin relogin;

    /** Renews a Kerberos login from its keytab when the ticket is close to expiry; a no-op without Kerberos. */
    @FunctionalInterface
    public interface Relogin {
        void renew() throws IOException;
    }

    /**
     * {@code relogin} renews a Kerberos login before operations that may need it (a no-op without Kerberos);
     * {@code leaseTimeoutMs} bounds the wait for lease recovery.
     */
    public HdfsStorage(FileSystem fs, Path root, long leaseTimeoutMs, Relogin relogin) throws IOException {
        this.fs = fs;
        this.root = fs.makeQualified(root);
        this.leaseTimeoutMs = leaseTimeoutMs;
        this.relogin = relogin;
        fs.mkdirs(this.root);
    }

    @Override
    public StorageOutput create(String path) throws IOException {
        relogin.renew();
        FSDataOutputStream out = fs.create(resolve(path), false);
        return new HdfsOutput(out);
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Path target = resolve(to);
        if (fs.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (!fs.rename(resolve(from), target)) {
            throw new IOException("HDFS refused to rename " + resolve(from) + " to " + target);
        }
    }

    @Override
    public List<String> list() throws IOException {
        relogin.renew();
        List<String> files = new ArrayList<>();
        String prefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            String path = it.next().getPath().toUri().getPath();
            files.add(path.startsWith(prefix) ? path.substring(prefix.length()) : path);
        }
        return files;
    }

    @Override
    public void delete(String path) throws IOException {
        fs.delete(resolve(path), false);
    }

    /** Recovers the lease of a file a crashed writer left open, waiting until the namenode has closed it. */
    @Override
    public void release(String path) throws IOException {
        if (!(fs instanceof DistributedFileSystem dfs)) {
            return;
        }
        Path file = resolve(path);
        if (dfs.isFileClosed(file)) {
            return;
        }
        log.info("Recovering the lease of {}, left open by a writer that stopped", file);
        long deadline = System.currentTimeMillis() + leaseTimeoutMs;
        while (!dfs.recoverLease(file)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("lease of " + file + " not recovered within " + leaseTimeoutMs
                        + " ms (hdfs.lease.recovery.timeout.ms)");
            }
            sleep();
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(LEASE_POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for lease recovery", e);
        }
    }

    @Override
    public String describe(String path) {
        return path.isEmpty() ? root.toString() : resolve(path).toString();
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }

    private Path resolve(String path) {
        if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("'" + path + "' is outside the sink directory " + root);
        }
        return path.isEmpty() ? root : new Path(root, path);
    }

    private static final class HdfsOutput implements StorageOutput {
        private final FSDataOutputStream out;

        HdfsOutput(FSDataOutputStream out) {
            this.out = out;
        }

        @Override
        public OutputStream stream() {
            return out;
        }

        @Override
        public void sync() throws IOException {
            out.hsync();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
