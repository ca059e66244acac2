package io.flumeconnect.launcher.process;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A Connect worker's metrics (Connect's own and the plugins'), read over JMX from its process through the JDK's
 * attach API (the worker needs no JMX port); one connection can be kept open for a whole benchmark: a reading costs
 * the worker a lookup, not a scan.
 */
public final class WorkerMetrics implements AutoCloseable {
    private final VirtualMachine vm;
    private final JMXConnector jmx;
    private final MBeanServerConnection server;

    private WorkerMetrics(VirtualMachine vm, JMXConnector jmx) throws IOException {
        this.vm = vm;
        this.jmx = jmx;
        this.server = jmx.getMBeanServerConnection();
    }

    /** Attaches to {@code worker} and starts its local management agent (once per JVM; later calls reuse it). */
    public static WorkerMetrics attach(JavaProcess worker) throws IOException {
        return attach(worker.pid());
    }

    /** Attaches to the worker process {@code pid}, as above. */
    public static WorkerMetrics attach(long pid) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to the worker (pid " + pid + ") to read its metrics", e);
        }
        try {
            return new WorkerMetrics(vm, JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent())));
        } catch (IOException | RuntimeException e) {
            vm.detach();
            throw e;
        }
    }

    /**
     * The records the tasks of sink connector {@code connector} have finished {@code put} for, summed over its tasks:
     * Connect's {@code sink-record-send-total}, which {@code WorkerSinkTask} counts once {@code put} has returned
     * (0 before any task runs).
     */
    public long sinkRecordsPut(String connector) throws IOException {
        try {
            long put = 0;
            for (ObjectName task : server.queryNames(
                    new ObjectName("kafka.connect:type=sink-task-metrics,connector=" + connector + ",task=*"), null)) {
                put += ((Number) server.getAttribute(task, "sink-record-send-total")).longValue();
            }
            return put;
        } catch (JMException e) {
            throw new IOException("cannot read sink-record-send-total of " + connector + " from the worker", e);
        }
    }

    /** A plugin metric of {@code connector}'s task {@code task}: {@code kafka.connect:type=plugins,connector=..,task=..}. */
    public long pluginMetric(String connector, int task, String attribute) throws IOException {
        try {
            ObjectName name = new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",task=" + task);
            return ((Number) server.getAttribute(name, attribute)).longValue();
        } catch (JMException e) {
            throw new IOException("cannot read " + attribute + " of " + connector + " task " + task + " from the worker", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            jmx.close();
        } finally {
            vm.detach();
        }
    }
}
