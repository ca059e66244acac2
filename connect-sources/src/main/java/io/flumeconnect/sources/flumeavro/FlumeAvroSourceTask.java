package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.sources.listener.Listener;
import io.flumeconnect.sources.listener.ListenerSourceTask;
import io.flumeconnect.sources.listener.ListenerConfig;
import io.flumeconnect.sources.listener.TlsConfig;
import java.util.Map;

/** Serves Flume's Avro RPC on the configured port(s) and hands the events to Connect. */
public class FlumeAvroSourceTask extends ListenerSourceTask {
    private AvroRpcProtocol protocol;

    @Override
    protected String defaultName() {
        return "flume-avro";
    }

    @Override
    protected ListenerStart configure(Map<String, String> props) {
        FlumeAvroSourceConfig config = new FlumeAvroSourceConfig(props);
        return (counters, name) -> {
            protocol = new AvroRpcProtocol(config, FlumeAvroMetrics.of(counters), name);
            return Listener.start(ListenerConfig.settings(config), protocol, TlsConfig.sslContext(config), counters, name);
        };
    }

    @Override
    protected void closeProtocol() {
        if (protocol != null) {
            protocol.close();
            protocol = null;
        }
    }
}
