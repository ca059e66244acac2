package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.RecordHeaders;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;

/** Flume's {@code host} interceptor: the worker's address or host name in a header. */
public final class HostHeader<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Sets the header `header` (default `host`) to the IP address, or with "
            + "`use.ip=false` the host name, of the Connect worker running the task, resolved once when the "
            + "transform starts. Flume's `host` interceptor. Tombstones pass through.";

    private String header;
    private boolean preserveExisting;
    private String host;

    @Override
    public void configure(Map<String, ?> props) {
        HostHeaderConfig config = new HostHeaderConfig(props);
        host = localHost(config.useIp);
        super.configure(props);
        header = config.header;
        preserveExisting = config.preserveExisting;
    }

    private static String localHost(boolean useIp) {
        try {
            InetAddress address = InetAddress.getLocalHost();
            return useIp ? address.getHostAddress() : address.getCanonicalHostName();
        } catch (UnknownHostException e) {
            throw new ConfigException(HostHeaderConfig.USE_IP_CONFIG, useIp,
                    "the worker cannot resolve its own host name: " + e.getMessage());
        }
    }

    @Override
    protected R transform(R record) {
        return RecordHeaders.put(record, header, Schema.STRING_SCHEMA, host, preserveExisting);
    }

    @Override
    public ConfigDef config() {
        return HostHeaderConfig.CONFIG_DEF;
    }
}
