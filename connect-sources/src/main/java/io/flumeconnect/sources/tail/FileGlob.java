package io.flumeconnect.sources.tail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An absolute glob such as {@code /var/log/app/**}{@code /*.log}: {@code *}, {@code ?}, {@code [..]} and
 * {@code {a,b}} within a name, {@code **} across directories. Unlike Java's own glob syntax, {@code /**}{@code /}
 * also matches no directory at all, as users know from Filebeat and shells with {@code globstar}.
 */
public final class FileGlob {
    private static final Logger log = LoggerFactory.getLogger(FileGlob.class);
    private static final String META = "*?[{";

    private final String pattern;
    private final Path base;
    private final int maxDepth;
    private final List<PathMatcher> matchers = new ArrayList<>();

    private FileGlob(String pattern, Path base, int maxDepth) {
        this.pattern = pattern;
        this.base = base;
        this.maxDepth = maxDepth;
        for (String variant : variants(pattern)) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        }
    }

    /** Parses {@code pattern}; {@code key} names the setting it came from, for the error message. */
    public static FileGlob of(String key, String pattern) {
        if (!pattern.startsWith("/")) {
            throw new ConfigException(key, pattern, "file globs must be absolute paths");
        }
        String[] parts = pattern.substring(1).split("/");
        Path base = Path.of("/");
        int literal = 0;
        while (literal < parts.length - 1 && parts[literal].chars().noneMatch(c -> META.indexOf(c) >= 0)) {
            base = base.resolve(parts[literal]);
            literal++;
        }
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - literal;
        try {
            return new FileGlob(pattern, base, depth);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, pattern, "not a valid glob: " + e.getMessage());
        }
    }

    /** The pattern, plus the same with each {@code /**}{@code /} collapsed to {@code /} (zero directories). */
    private static List<String> variants(String pattern) {
        List<String> variants = new ArrayList<>(List.of(pattern));
        for (int i = 0; i < variants.size(); i++) {
            String variant = variants.get(i);
            int at = variant.indexOf("/**/");
            while (at >= 0) {
                String collapsed = variant.substring(0, at) + variant.substring(at + 3);
                if (!variants.contains(collapsed)) {
                    variants.add(collapsed);
                }
                at = variant.indexOf("/**/", at + 1);
            }
        }
        return variants;
    }

    /** The directory the glob's first wildcard is in: where its files are. */
    public Path base() {
        return base;
    }

    public boolean matches(Path path) {
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }

    /**
     * The regular files that match now. Symbolic links are followed, to files and to directories (a link's path is
     * matched, the file it points to is read); a directory that cannot be read, vanishes while it is walked or is a
     * link back to a directory above it (a loop) is skipped and handed to {@code skipped}: one bad directory must not
     * stop the others being followed.
     */
    public List<Path> list(BiConsumer<Path, IOException> skipped) {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matches(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof NoSuchFileException) {
                        log.debug("{} vanished while listing {}", file, pattern);
                    } else {
                        skipped.accept(file, e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list files matching " + pattern, e);
        }
        return found;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
