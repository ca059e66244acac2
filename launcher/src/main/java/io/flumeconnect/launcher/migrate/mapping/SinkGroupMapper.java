package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.SinkGroupDef;
import java.util.Comparator;
import java.util.List;

/**
 * A sink group: its sinks share one channel and each event goes to one of them. Here one sink connector does that
 * job: its tasks form one consumer group, so they share the topic's partitions (load_balance) and a failed
 * worker's tasks move to another worker (failover). The group's lead sink becomes the connector; the others are
 * folded into it.
 */
final class SinkGroupMapper {
    private SinkGroupMapper() {
    }

    /** Flume's choice: the highest priority for failover (the first listed on a tie), else the first listed. */
    static String lead(SinkGroupDef group) {
        if (group.processorType().equalsIgnoreCase("failover")) {
            return group.sinks().stream().max(Comparator.comparingInt(group::priority)
                    .thenComparing(s -> -group.sinks().indexOf(s))).orElseThrow();
        }
        return group.sinks().get(0);
    }

    /** Tasks of the lead's connector: one per sink of a load-balancing group. */
    static int tasks(SinkGroupDef group) {
        return group.processorType().equalsIgnoreCase("load_balance") ? group.sinks().size() : 1;
    }

    static ComponentReport map(SinkGroupDef group, List<String> connectors) {
        KeyLedger keys = new KeyLedger(group.component().settings());
        String lead = lead(group);
        keys.mapped("sinks", "one connector from sink " + lead + " with tasks.max=" + tasks(group));
        String processor = group.processorType();
        String how = processor.equalsIgnoreCase("load_balance")
                ? "the connector's tasks share the topic's partitions (one consumer group), rebalanced by Connect; "
                        + "each task needs a partition of its own, so create the topic with at least " + tasks(group)
                        + " (--partitions)"
                : processor.equalsIgnoreCase("failover")
                ? "when a worker fails, Connect restarts its task on another worker, which resumes from the "
                        + "committed offsets" : "one sink, one connector";
        keys.changed("processor.type", how);
        keys.under("processor.").finish(KeyStatus.CHANGED, "not needed: " + how);
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of a sink group");
        return new ComponentReport(group.component(), KeyStatus.CHANGED, "sink group (" + processor + "): " + how
                + "; sinks other than " + lead + " are folded into its connector", connectors, keys.outcomes());
    }
}
