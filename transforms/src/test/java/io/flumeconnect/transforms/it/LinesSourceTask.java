package io.flumeconnect.transforms.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/** Emits its connector's lines in one batch, then nothing; see {@link LinesSourceConnector}. */
public class LinesSourceTask extends SourceTask {
    private String topic;
    private List<String> lines;
    private boolean done;

    @Override
    public void start(Map<String, String> props) {
        topic = props.get(LinesSourceConnector.TOPIC_CONFIG);
        lines = List.of(props.get(LinesSourceConnector.LINES_CONFIG).split("\n"));
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (done) {
            Thread.sleep(200);
            return null;
        }
        done = true;
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", 2);
            records.add(new SourceRecord(Map.of("lines", topic), Map.of("line", i), topic, null, null, null,
                    Schema.OPTIONAL_STRING_SCHEMA, parts[1], Long.parseLong(parts[0])));
        }
        return records;
    }

    @Override
    public void stop() {
    }

    @Override
    public String version() {
        return "test";
    }
}
