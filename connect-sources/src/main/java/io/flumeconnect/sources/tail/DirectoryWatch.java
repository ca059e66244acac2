package io.flumeconnect.sources.tail;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes an idle task as soon as a file changes in the directory of a glob, instead of at its next poll, and asks
 * for a scan at once when a file is created or deleted there (a rotation). Only the glob's base directory is
 * watched, not those below it; the periodic scan still finds everything, this only shortens the wait. Where the
 * OS has no watch service to spare (e.g. the inotify instance limit is reached) the task polls as without it.
 */
final class DirectoryWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DirectoryWatch.class);

    private final WatchService service;
    private final Set<Path> watched = new HashSet<>();

    private DirectoryWatch(WatchService service) {
        this.service = service;
    }

    static DirectoryWatch start() {
        try {
            return new DirectoryWatch(FileSystems.getDefault().newWatchService());
        } catch (IOException | UnsupportedOperationException e) {
            log.info("No file system watch service ({}): new files are found by the periodic scan only", e.toString());
            return new DirectoryWatch(null);
        }
    }

    boolean available() {
        return service != null;
    }

    /** Watches the base directories of the globs that exist now and are not watched yet. */
    void watch(List<FileGroup> groups) {
        if (service == null) {
            return;
        }
        for (FileGroup group : groups) {
            for (FileGlob glob : group.globs()) {
                Path dir = glob.base();
                if (!watched.contains(dir) && Files.isDirectory(dir)) {
                    try {
                        dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                        watched.add(dir);
                    } catch (IOException e) {
                        log.debug("Cannot watch {}: {}", dir, e.toString());
                    }
                }
            }
        }
    }

    /** What {@link #await} saw. */
    enum Change { NONE, WRITTEN, CREATED_OR_DELETED }

    /** Waits up to {@code timeoutMs} for a change in a watched directory; a created or deleted file means scan now. */
    Change await(long timeoutMs) throws InterruptedException {
        try {
            WatchKey key = service.poll(timeoutMs, TimeUnit.MILLISECONDS);
            Change change = Change.NONE;
            while (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() != ENTRY_MODIFY) {
                        change = Change.CREATED_OR_DELETED;
                    } else if (change == Change.NONE) {
                        change = Change.WRITTEN;
                    }
                }
                if (!key.reset()) {
                    watched.remove((Path) key.watchable());
                }
                key = service.poll();
            }
            return change;
        } catch (ClosedWatchServiceException e) {
            return Change.NONE;
        }
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log.debug("Closing the watch service failed", e);
            }
        }
    }
}
