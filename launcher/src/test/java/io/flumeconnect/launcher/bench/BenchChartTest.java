package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BenchChartTest {
    private static Throughput mbs(double mbPerSecond) {
        return new Throughput(1_000, 1_000_000, Duration.ofNanos((long) (1e9 / mbPerSecond)));
    }

    private static final List<BenchRound> ROUNDS = List.of(
            new BenchRound(1, false, mbs(60), mbs(150), Optional.of(mbs(90))),
            new BenchRound(2, true, mbs(170), mbs(200), Optional.of(mbs(180))),
            new BenchRound(3, true, mbs(100), mbs(400), Optional.of(mbs(200))));

    @Test
    void theAxisEndsAtTheLargestValueRoundedUpToOneTwoOrFive() {
        assertThat(BenchChart.axisMax(ROUNDS)).isEqualTo(500);
        assertThat(BenchChart.axisMax(List.of(BenchRound.single(mbs(9.2), mbs(1.5))))).isEqualTo(10);
        assertThat(BenchChart.axisMax(List.of(BenchRound.single(mbs(101), mbs(1))))).isEqualTo(200);
    }

    @Test
    void everyRoundHasOneBarPerSeriesWithItsValueAsHeight() throws Exception {
        Document svg = parse(new BenchChart("tail-source", "raw producer").svg(ROUNDS));

        assertThat(heights(svg, "measured")).containsExactly(
                BenchChart.barHeight(60, 500), BenchChart.barHeight(170, 500), BenchChart.barHeight(100, 500));
        assertThat(heights(svg, "ceiling")).hasSize(3);
        assertThat(heights(svg, "limit").get(2)).isCloseTo(BenchChart.PLOT_HEIGHT * 0.8, within(0.1));
        assertThat(svg.getDocumentElement().getTextContent()).contains("round 1 (warm-up)", "round 2", "limit: raw producer");
    }

    @Test
    void withoutACeilingThereAreTwoSeriesAndTextIsEscaped() throws Exception {
        Document svg = parse(new BenchChart("jdbc", "COPY <same rows> & table").svg(
                List.of(BenchRound.single(mbs(50), mbs(100)))));

        assertThat(heights(svg, "ceiling")).isEmpty();
        assertThat(heights(svg, "measured")).hasSize(1);
        assertThat(svg.getDocumentElement().getTextContent()).contains("COPY <same rows> & table");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> heights(Document svg, String cssClass) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (cssClass.equals(rect.getAttribute("class"))) {
                heights.add(Double.parseDouble(rect.getAttribute("height")));
            }
        }
        return heights.stream().map(h -> Math.round(h * 10) / 10.0).toList();
    }
}
