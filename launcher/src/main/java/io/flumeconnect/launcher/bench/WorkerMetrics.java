package io.flumeconnect.launcher.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The Connect worker's own metrics, read over JMX from its process through the JDK's attach API (the worker needs
 * no JMX port), one connection kept open for a whole benchmark: a reading costs the worker a lookup, not a scan.
 */
final class WorkerMetrics implements AutoCloseable {
    private final VirtualMachine vm;
    private final JMXConnector jmx;
    private final MBeanServerConnection server;

    private WorkerMetrics(VirtualMachine vm, JMXConnector jmx) throws IOException {
        this.vm = vm;
        this.jmx = jmx;
        this.server = jmx.getMBeanServerConnection();
    }

    /** Attaches to {@code worker} and starts its local management agent (once per JVM; later calls reuse it). */
    static WorkerMetrics attach(JavaProcess worker) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(worker.pid()));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to the worker (pid " + worker.pid() + ") to read its metrics", e);
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
    long sinkRecordsPut(String connector) throws IOException {
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

    @Override
    public void close() throws IOException {
        try {
            jmx.close();
        } finally {
            vm.detach();
        }
    }
}
