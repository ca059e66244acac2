package io.flumeconnect.launcher.crash;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The metrics a plugin's task 0 registers, read over JMX from the worker's process (the JDK's attach API). */
final class TaskMetrics {
    private TaskMetrics() {
    }

    /** The tail source's {@code files-failed} count of {@code connector}'s task 0 in worker process {@code pid}. */
    static long filesFailed(long pid, String connector) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
                MBeanServerConnection server = jmx.getMBeanServerConnection();
                ObjectName task = new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",task=0");
                return ((Number) server.getAttribute(task, "files-failed-total")).longValue();
            } finally {
                vm.detach();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot read files-failed from worker " + pid, e);
        }
    }
}
