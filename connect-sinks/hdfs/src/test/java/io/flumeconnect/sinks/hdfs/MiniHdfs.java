package io.flumeconnect.sinks.hdfs;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/** A one-datanode HDFS in this JVM (Hadoop's MiniDFSCluster), for tests. */
public final class MiniHdfs implements AutoCloseable {
    private final MiniDFSCluster cluster;

    private MiniHdfs(MiniDFSCluster cluster) {
        this.cluster = cluster;
    }

    public static MiniHdfs start(Path baseDir) throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, baseDir.toString());
        conf.setInt("dfs.replication", 1);
        // a crashed writer's lease expires quickly, so that lease recovery finishes within a test
        conf.setLong("dfs.namenode.lease-recheck-interval-ms", 500);
        return new MiniHdfs(new MiniDFSCluster.Builder(conf).numDataNodes(1).build());
    }

    public MiniDFSCluster cluster() {
        return cluster;
    }

    /** hdfs://localhost:port */
    public String uri() {
        return "hdfs://localhost:" + cluster.getNameNodePort();
    }

    @Override
    public void close() {
        cluster.shutdown(true);
    }
}
