package io.flumeconnect.launcher.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A benchmark's rounds as an SVG bar chart: per round, the measured MB/s, the Connect ceiling's (where there
 * is one) and the limit's side by side, on an axis from zero; warm-up rounds drawn pale.
 */
final class BenchChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    static final int LEFT = 70;
    static final int TOP = 50;
    static final int PLOT_WIDTH = WIDTH - LEFT - 20;
    static final int PLOT_HEIGHT = HEIGHT - TOP - 60;
    private static final int TICKS = 5;

    private record Series(String name, String cssClass, String colour) {
    }

    private static final Series MEASURED = new Series("measured", "measured", "#1f77b4");
    private static final Series CEILING = new Series("Connect ceiling", "ceiling", "#ff7f0e");
    private static final Series LIMIT = new Series("limit", "limit", "#7f7f7f");

    private final String title;
    private final String limitDescription;

    BenchChart(String title, String limitDescription) {
        this.title = title;
        this.limitDescription = limitDescription;
    }

    String svg(List<BenchRound> rounds) {
        double axisMax = axisMax(rounds);
        boolean ceilings = rounds.stream().anyMatch(r -> r.ceiling().isPresent());
        List<Series> series = ceilings ? List.of(MEASURED, CEILING, LIMIT) : List.of(MEASURED, LIMIT);
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"15\">bench %s: MB/s per round</text>%n", LEFT, escape(title)));
        svg.append(format("<text x=\"%d\" y=\"36\" fill=\"#555\">limit: %s</text>%n", LEFT, escape(limitDescription)));
        axis(svg, axisMax);
        double groupWidth = (double) PLOT_WIDTH / rounds.size();
        double barWidth = groupWidth * 0.8 / series.size();
        for (int i = 0; i < rounds.size(); i++) {
            BenchRound round = rounds.get(i);
            double x = LEFT + i * groupWidth + groupWidth * 0.1;
            List<Optional<Throughput>> values = values(round, ceilings);
            for (int s = 0; s < series.size(); s++) {
                int index = s;
                double left = x + s * barWidth;
                values.get(s).ifPresent(t -> bar(svg, series.get(index), round, t, left, barWidth, axisMax));
            }
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">round %d%s</text>%n",
                    x + groupWidth * 0.4, TOP + PLOT_HEIGHT + 18, round.number(), round.counted() ? "" : " (warm-up)"));
        }
        legend(svg, series);
        return svg.append("</svg>\n").toString();
    }

    /** The bar's height in pixels for {@code mbPerSecond} on an axis up to {@code axisMax}. */
    static double barHeight(double mbPerSecond, double axisMax) {
        return PLOT_HEIGHT * mbPerSecond / axisMax;
    }

    /** The axis' top: the largest value rounded up to 1, 2 or 5 times a power of ten. */
    static double axisMax(List<BenchRound> rounds) {
        double max = rounds.stream().flatMap(r -> values(r, true).stream()).flatMap(Optional::stream)
                .mapToDouble(Throughput::megabytesPerSecond).max().orElse(1);
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static List<Optional<Throughput>> values(BenchRound round, boolean withCeiling) {
        List<Optional<Throughput>> values = new ArrayList<>();
        values.add(Optional.of(round.measured()));
        if (withCeiling) {
            values.add(round.ceiling());
        }
        values.add(Optional.of(round.limit()));
        return values;
    }

    private static void bar(StringBuilder svg, Series series, BenchRound round, Throughput value, double x,
                            double width, double axisMax) {
        double height = barHeight(value.megabytesPerSecond(), axisMax);
        svg.append(format("<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s>"
                        + "<title>round %d %s: %.1f MB/s</title></rect>%n", series.cssClass(), x,
                TOP + PLOT_HEIGHT - height, width, height, series.colour(), round.counted() ? "" : " fill-opacity=\"0.4\"",
                round.number(), series.name(), value.megabytesPerSecond()));
    }

    private static void axis(StringBuilder svg, double axisMax) {
        for (int tick = 0; tick <= TICKS; tick++) {
            double value = axisMax * tick / TICKS;
            double y = TOP + PLOT_HEIGHT - barHeight(value, axisMax);
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + PLOT_WIDTH, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
                    value == Math.rint(value) ? format("%.0f", value) : format("%.1f", value)));
        }
        svg.append(format("<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">MB/s</text>%n",
                TOP + PLOT_HEIGHT / 2, TOP + PLOT_HEIGHT / 2));
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int x = LEFT;
        int y = HEIGHT - 14;
        for (Series s : series) {
            svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, y - 10, s.colour()));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", x + 16, y, s.name()));
            x += 30 + 8 * s.name().length();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
