package io.flumeconnect.sinks.hdfs;

import io.flumeconnect.sinks.file.storage.PathLimits;
import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.StorageOutput;
import io.flumeconnect.sinks.file.storage.UnusablePathException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.ipc.RemoteException;
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
    private static final String MAX_COMPONENT_LENGTH = "dfs.namenode.fs-limits.max-component-length";
    private static final int MAX_PATH_LENGTH = 8000;

    private final FileSystem fs;
    private final Path root;
    private final long leaseTimeoutMs;
    private final Relogin relogin;
    private final PathLimits limits;

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
        this.leaseTimeoutMs = leaseTimeoutMs;
        this.relogin = relogin;
        try {
            this.root = fs.makeQualified(root);
            fs.mkdirs(this.root);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
        this.limits = limits(fs.getConf(), this.root);
    }

    /**
     * The namenode's {@code dfs.namenode.fs-limits.max-component-length} (255 bytes by default, 0 for none) as
     * the client's configuration states it, and HDFS's fixed 8000-character path limit.
     */
    private static PathLimits limits(Configuration conf, Path root) {
        int component = conf == null ? 255 : conf.getInt(MAX_COMPONENT_LENGTH, 255);
        int rootLength = root.toUri().getPath().length();
        return new PathLimits(component <= 0 ? Integer.MAX_VALUE : component, MAX_PATH_LENGTH - rootLength - 1);
    }

    @Override
    public StorageOutput create(String path) throws IOException {
        relogin.renew();
        try {
            return new HdfsOutput(fs.create(resolve(path), false));
        } catch (ParentNotDirectoryException | org.apache.hadoop.fs.FileAlreadyExistsException e) {
            throw new UnusablePathException("a directory of '" + path + "' in " + root + " is a file: " + e.getMessage(), e);
        } catch (RemoteException e) {
            if (e.getClassName().endsWith("PathComponentTooLongException")) {
                throw new UnusablePathException("a name in '" + path + "' is too long for the namenode: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public PathLimits limits() {
        return limits;
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

    /**
     * Recovers the leases of files crashed writers left open, waiting until the namenode has closed them: every
     * recovery is started before any is waited for, so the wait is that of the slowest file, not their sum.
     */
    @Override
    public void release(Collection<String> paths) throws IOException {
        if (!(fs instanceof DistributedFileSystem dfs) || paths.isEmpty()) {
            return;
        }
        relogin.renew();
        List<Path> open = new ArrayList<>();
        for (String path : paths) {
            Path file = resolve(path);
            if (!dfs.isFileClosed(file)) {
                open.add(file);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        log.info("Recovering the leases of {} file(s) left open by writers that stopped, e.g. {}", open.size(), open.get(0));
        long deadline = System.currentTimeMillis() + leaseTimeoutMs;
        while (true) {
            for (Iterator<Path> it = open.iterator(); it.hasNext(); ) {
                if (dfs.recoverLease(it.next())) {
                    it.remove();
                }
            }
            if (open.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("leases of " + open + " not recovered within " + leaseTimeoutMs
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
