package io.flumeconnect.sinks.hdfs;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.PrivilegedExceptionAction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.SecurityUtil;
import org.apache.hadoop.security.UserGroupInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the sink's Hadoop {@link FileSystem}: configuration directory, then Kerberos, a user, or the process user. */
final class HadoopFileSystems {
    private static final Logger log = LoggerFactory.getLogger(HadoopFileSystems.class);
    private static final String[] SITE_FILES = {"core-site.xml", "hdfs-site.xml"};

    private HadoopFileSystems() {
    }

    static HdfsStorage open(HdfsSinkConfig config) throws IOException {
        Configuration conf = configuration(config.hadoopConfDir);
        Path root = new Path(config.hdfsPath);
        URI uri = root.toUri().getScheme() == null ? FileSystem.getDefaultUri(conf) : root.toUri();
        if (config.kerberos()) {
            return kerberos(config, conf, uri, root);
        }
        FileSystem fs = config.user.isEmpty() ? FileSystem.newInstance(uri, conf) : newInstance(uri, conf, config.user);
        return new HdfsStorage(fs, root, config.leaseTimeoutMs, () -> { });
    }

    static Configuration configuration(String confDir) {
        Configuration conf = new Configuration();
        if (!confDir.isEmpty()) {
            for (String site : SITE_FILES) {
                File file = new File(confDir, site);
                if (file.isFile()) {
                    conf.addResource(new Path(file.toURI()));
                }
            }
        }
        return HadoopClientDefaults.apply(conf);
    }

    private static FileSystem newInstance(URI uri, Configuration conf, String user) throws IOException {
        try {
            return FileSystem.newInstance(uri, conf, user);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + uri, e);
        }
    }

    /**
     * Logs in from the keytab. Hadoop keeps its security settings per class loader, so all Kerberos HDFS
     * sinks of one worker must use the same realm configuration.
     */
    private static HdfsStorage kerberos(HdfsSinkConfig config, Configuration conf, URI uri, Path root) throws IOException {
        conf.set("hadoop.security.authentication", "kerberos");
        UserGroupInformation.setConfiguration(conf);
        String principal = SecurityUtil.getServerPrincipal(config.principal, InetAddress.getLocalHost().getCanonicalHostName());
        UserGroupInformation ugi = UserGroupInformation.loginUserFromKeytabAndReturnUGI(principal, config.keytab);
        log.info("Logged in to Hadoop as {} from keytab {}", principal, config.keytab);
        try {
            FileSystem fs = ugi.doAs((PrivilegedExceptionAction<FileSystem>) () -> FileSystem.newInstance(uri, conf));
            return new HdfsStorage(fs, root, config.leaseTimeoutMs, ugi::checkTGTAndReloginFromKeytab);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + uri, e);
        }
    }
}
