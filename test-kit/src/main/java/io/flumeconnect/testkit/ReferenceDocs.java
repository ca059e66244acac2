package io.flumeconnect.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the committed reference pages under {@code docs/reference/} equal to what the {@code ConfigDef}s
 * generate. A test calls {@link #verify}; when a page is stale it fails, and
 * {@code ./mvnw test -Dflume.docs.update=true} rewrites it.
 */
public final class ReferenceDocs {
    public static final String UPDATE_PROPERTY = "flume.docs.update";
    public static final String REPO_ROOT_PROPERTY = "flume.repo.root";

    private ReferenceDocs() {
    }

    /** {@code relativePath} is below {@code docs/reference/}, e.g. {@code connect-sources/TailSourceConnector.md}. */
    public static void verify(String relativePath, String markdown) throws IOException {
        Path page = repoRoot().resolve("docs/reference").resolve(relativePath);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(page.getParent());
            Files.writeString(page, markdown, StandardCharsets.UTF_8);
            return;
        }
        assertThat(page).as("reference page %s; generate it with -D%s=true", page, UPDATE_PROPERTY).exists();
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .as("%s is stale: regenerate it with ./mvnw test -D%s=true", page, UPDATE_PROPERTY)
                .isEqualTo(markdown);
    }

    private static Path repoRoot() {
        String root = System.getProperty(REPO_ROOT_PROPERTY);
        assertThat(root).as("system property %s (set by the build)", REPO_ROOT_PROPERTY).isNotNull();
        return Path.of(root);
    }
}
