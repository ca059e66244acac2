package io.flumeconnect.sinks.hdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sinks.file.storage.StorageOutput;
import io.flumeconnect.sinks.file.storage.UnusablePathException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.io.IOUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HdfsStorageTest {
    @TempDir
    static Path base;
    private static MiniHdfs hdfs;
    private static int run;
    private HdfsStorage storage;

    @BeforeAll
    static void startHdfs() throws IOException {
        hdfs = MiniHdfs.start(base);
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.close();
        }
    }

    @BeforeEach
    void open() throws IOException {
        FileSystem fs = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        storage = new HdfsStorage(fs, new org.apache.hadoop.fs.Path("/sink/run" + (++run)), 30_000, () -> { });
    }

    @Test
    void createSyncRenameListDelete() throws IOException {
        try (StorageOutput out = storage.create("a/b/.x.tmp")) {
            out.stream().write("hello\n".getBytes(StandardCharsets.UTF_8));
            out.sync();
        }
        storage.rename("a/b/.x.tmp", "a/b/x.txt");
        assertThat(storage.list()).containsExactly("a/b/x.txt");
        assertThat(read("a/b/x.txt")).isEqualTo("hello\n");
        assertThatThrownBy(() -> storage.create("a/b/x.txt")).isInstanceOf(IOException.class);
        storage.delete("a/b/x.txt");
        storage.delete("a/b/x.txt");
        assertThat(storage.list()).isEmpty();
    }

    /** The sink's %XX mapping (':' from %c, '/' from %D, a leading dot) reaches HDFS as written, never decoded. */
    @Test
    void escapedNamesArriveAsWritten() throws IOException {
        String dir = "Tue Mar 5 07%3A08%3A09 2024/03%2F05%2F24/%2Ehidden%25";
        storage.create(dir + "/.x.tmp").close();
        storage.rename(dir + "/.x.tmp", dir + "/x.txt");
        assertThat(storage.list()).containsExactly(dir + "/x.txt");
    }

    @Test
    void renameNeverReplacesAFile() throws IOException {
        storage.create("one").close();
        storage.create("two").close();
        assertThatThrownBy(() -> storage.rename("one", "two")).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void aFileWhereADirectoryMustBeMakesThePathUnusable() throws IOException {
        storage.create("host").close();
        assertThatThrownBy(() -> storage.create("host/.x.tmp")).isInstanceOf(UnusablePathException.class)
                .hasMessageContaining("is a file");
        assertThatThrownBy(() -> storage.create("host/deeper/.x.tmp")).isInstanceOf(UnusablePathException.class);
    }

    @Test
    void limitsAreTheNamenodesNameLengthAndPathLength() {
        assertThat(storage.limits().segmentBytes()).isEqualTo(255);
        assertThat(storage.limits().pathBytes()).isEqualTo(8000 - "/sink/runN".length() - 1);
    }

    @Test
    void aRootThatCannotBeCreatedClosesTheFileSystem() throws IOException {
        FileSystem fs = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        fs.create(new org.apache.hadoop.fs.Path("/blocker")).close();
        assertThatThrownBy(() -> new HdfsStorage(fs, new org.apache.hadoop.fs.Path("/blocker/sink"), 30_000, () -> { }))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> fs.exists(new org.apache.hadoop.fs.Path("/")))
                .as("the file system is closed, not leaked").hasMessageContaining("Filesystem closed");
    }

    @Test
    void pathsCannotLeaveTheRoot() {
        assertThatThrownBy(() -> storage.create("../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.create("/abs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leaseRecoveryClosesAFileACrashedWriterLeftOpen() throws Exception {
        // another client (the crashed task) writes, hsyncs and never closes: the namenode still holds its lease
        FileSystem crashed = FileSystem.newInstance(URI.create(hdfs.uri()), new Configuration());
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(storage.describe(".left-open.tmp"));
        FSDataOutputStream out = crashed.create(file, false);
        out.write("synced\n".getBytes(StandardCharsets.UTF_8));
        out.hsync();
        DistributedFileSystem dfs = hdfs.cluster().getFileSystem();
        assertThat(dfs.isFileClosed(file)).isFalse();

        storage.release(List.of(".left-open.tmp"));

        assertThat(dfs.isFileClosed(file)).isTrue();
        assertThat(read(".left-open.tmp")).isEqualTo("synced\n");
        storage.rename(".left-open.tmp", "recovered.txt");
        assertThat(storage.list()).containsExactly("recovered.txt");
        assertThatThrownBy(() -> {
            out.write("zombie\n".getBytes(StandardCharsets.UTF_8));
            out.hsync();
        }).as("the crashed writer is fenced off").isInstanceOf(IOException.class);
        IOUtils.closeStream(out);
    }

    private String read(String path) throws IOException {
        FileSystem fs = hdfs.cluster().getFileSystem();
        try (var in = fs.open(new org.apache.hadoop.fs.Path(storage.describe(path)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
