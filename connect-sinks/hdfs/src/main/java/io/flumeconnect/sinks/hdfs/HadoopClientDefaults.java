package io.flumeconnect.sinks.hdfs;

import org.apache.hadoop.conf.Configuration;

/**
 * The HDFS client settings the sink changes from Hadoop's defaults, unless the site files set them.
 *
 * <p>Closing a file asks the namenode to complete it; the first ask usually comes before the datanode has
 * reported the last block, and Hadoop's client then sleeps 400 ms before asking again. The sink closes a file
 * at every roll (the benchmark showed 8 such sleeps, 3.2 s, in 1 GB), so it retries after 10 ms instead,
 * doubling, with more retries: 10 ms x (2^11 - 1) = 20.5 s of patience against Hadoop's 12.4 s (400 ms x
 * (2^5 - 1)), so a slow cluster gets at least as long as before. The same retries apply when a new block
 * is allocated.
 */
public final class HadoopClientDefaults {
    static final String INITIAL_DELAY = "dfs.client.block.write.locateFollowingBlock.initial.delay.ms";
    static final String RETRIES = "dfs.client.block.write.locateFollowingBlock.retries";
    private static final int INITIAL_DELAY_MS = 10;
    private static final int RETRY_COUNT = 11;

    private HadoopClientDefaults() {
    }

    /** Sets the sink's values of both keys, unless a site file or the caller set either of them. */
    public static Configuration apply(Configuration conf) {
        if (!configured(conf, INITIAL_DELAY) && !configured(conf, RETRIES)) {
            conf.setInt(INITIAL_DELAY, INITIAL_DELAY_MS);
            conf.setInt(RETRIES, RETRY_COUNT);
        }
        return conf;
    }

    /** True when {@code key} comes from anywhere but Hadoop's own {@code *-default.xml}. */
    private static boolean configured(Configuration conf, String key) {
        String[] sources = conf.getPropertySources(key);
        if (sources == null) {
            return false;
        }
        for (String source : sources) {
            if (!source.endsWith("-default.xml")) {
                return true;
            }
        }
        return false;
    }
}
