package io.flumeconnect.sinks.hdfs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The files a sink left below a root on HDFS, as the ITs check them. */
final class HdfsFiles {
    private HdfsFiles() {
    }

    /** Every file below {@code root}, recursively, as absolute paths; none when the root does not exist yet. */
    static List<String> list(FileSystem fs, String root) {
        List<String> files = new ArrayList<>();
        try {
            Path dir = new Path(root);
            if (!fs.exists(dir)) {
                return files;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
            while (it.hasNext()) {
                files.add(it.next().getPath().toUri().getPath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary file: hidden by its leading '.', as Hadoop's readers skip it. */
    static boolean isTemporary(String file) {
        return file.substring(file.lastIndexOf('/') + 1).startsWith(".");
    }
}
