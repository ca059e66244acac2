package io.flumeconnect.testkit;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link ConnectTestCluster} per test class, started before its first test and stopped after its last:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));
 * ...
 * CONNECT.cluster().putConnector(...);
 * }</pre>
 */
public final class ConnectClusterExtension implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<ConnectTestCluster.Builder> settings;
    private ConnectTestCluster cluster;

    private ConnectClusterExtension(UnaryOperator<ConnectTestCluster.Builder> settings) {
        this.settings = settings;
    }

    /** A cluster built by {@code settings} applied to the default builder (1 broker, 2 workers, the build's plugin). */
    public static ConnectClusterExtension with(UnaryOperator<ConnectTestCluster.Builder> settings) {
        return new ConnectClusterExtension(settings);
    }

    /** The running cluster. */
    public ConnectTestCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("the cluster starts before the first test; register the extension "
                    + "on a static field with @RegisterExtension");
        }
        return cluster;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        cluster = settings.apply(ConnectTestCluster.builder()).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
