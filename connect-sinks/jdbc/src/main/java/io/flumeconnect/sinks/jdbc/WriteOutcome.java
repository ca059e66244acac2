package io.flumeconnect.sinks.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;

/** What writing a delivery's rows came to, handed from the writer thread back to the task thread. */
sealed interface WriteOutcome {

    /** The records whose rows the database refused, with its reasons, for the task thread to report. */
    List<Refusal> refused();

    /** Every row written or refused. */
    record Written(List<Refusal> refused) implements WriteOutcome {
    }

    /** An error that blamed no row: the whole delivery is written again (the rows refused so far are reported). */
    record Failed(List<Refusal> refused, SQLException error) implements WriteOutcome {
    }

    /** An error retrying cannot cure (a missing table without {@code auto.create}, a driver bug): the task fails. */
    record Fatal(RuntimeException error) implements WriteOutcome {
        @Override
        public List<Refusal> refused() {
            return List.of();
        }
    }

    /** A record whose row the database refused, and why. */
    record Refusal(SinkRecord record, Throwable reason) {
    }
}
