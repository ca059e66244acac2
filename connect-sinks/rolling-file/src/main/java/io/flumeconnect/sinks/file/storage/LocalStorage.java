package io.flumeconnect.sinks.file.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** {@link Storage} on the local file system (java.nio): fsync of files and of directories after a rename. */
public final class LocalStorage implements Storage {
    private final Path root;
    private final PathLimits limits;

    public LocalStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        this.limits = PathLimits.posix(this.root.toString());
    }

    @Override
    public StorageOutput create(String path) throws IOException {
        Path file = resolve(path);
        try {
            Files.createDirectories(file.getParent());
            return new LocalOutput(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        } catch (FileSystemException e) {
            Path blocking = fileOnTheWay(file.getParent());
            if (blocking != null) {
                throw new UnusablePathException("'" + root.relativize(blocking) + "' in " + root
                        + " is a file, so it cannot be a directory of '" + path + "'", e);
            }
            throw e;
        }
    }

    /** The first of {@code dir} and its parents below the root that exists and is not a directory, or null. */
    private Path fileOnTheWay(Path dir) {
        Path blocking = null;
        for (Path at = dir; at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            if (Files.exists(at) && !Files.isDirectory(at)) {
                blocking = at;
            }
        }
        return blocking;
    }

    @Override
    public PathLimits limits() {
        return limits;
    }

    @Override
    public void rename(String from, String to) throws IOException {
        Path target = resolve(to);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
        }
    }

    @Override
    public void delete(String path) throws IOException {
        Files.deleteIfExists(resolve(path));
    }

    @Override
    public String describe(String path) {
        return resolve(path).toString();
    }

    @Override
    public void close() {
    }

    private Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("'" + path + "' is outside the sink directory " + root);
        }
        return resolved;
    }

    /**
     * A rename is durable only once its directory is synced: a failed fsync fails the rename. Only a platform
     * that cannot open a directory at all (Windows) is let through.
     */
    private static void syncDirectory(Path dir) throws IOException {
        syncDirectory(dir, directory -> FileChannel.open(directory, StandardOpenOption.READ));
    }

    /**
     * fsync of a directory, so that a rename in it survives a crash. Only a platform that cannot open a directory
     * is let through; a failing fsync is an error, so the commit that needs it fails rather than being reported
     * done.
     */
    static void syncDirectory(Path dir, DirectoryOpener opener) throws IOException {
        FileChannel channel;
        try {
            channel = opener.open(dir);
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** Opens a directory for fsync. */
    @FunctionalInterface
    interface DirectoryOpener {
        FileChannel open(Path dir) throws IOException;
    }

    private static final class LocalOutput implements StorageOutput {
        private final FileChannel channel;
        private final OutputStream stream;

        LocalOutput(FileChannel channel) {
            this.channel = channel;
            this.stream = Channels.newOutputStream(channel);
        }

        @Override
        public OutputStream stream() {
            return stream;
        }

        @Override
        public void sync() throws IOException {
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
