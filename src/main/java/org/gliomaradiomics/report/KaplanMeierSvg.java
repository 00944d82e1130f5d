package org.gliomaradiomics.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gliomaradiomics.survival.KaplanMeierCurve;

/**
 * Kaplan-Meier plot written directly as SVG (JFreeChart core has no SVG export, and the step data are simple):
 * axes with ticks, one step path per group, "+" censoring marks, a legend and a number-at-risk table under
 * the time axis. Coordinates are printed with two decimals; text is XML-escaped.
 */
public final class KaplanMeierSvg {
    private static final int LEFT = 70, RIGHT = 20, TOP = 40, AXIS_GAP = 45, ROW = 16;

    private KaplanMeierSvg() {}

    /** SVG text of the chart; riskTimes null = the time-axis ticks. */
    public static String render(String title, String timeLabel, List<KaplanMeierCurve> curves, List<String> labels,
            double[] riskTimes, int width, int height) {
        if (curves.size() != labels.size()) throw new IllegalArgumentException(curves.size() + " curves but " + labels.size() + " labels");
        double maxTime = Math.max(KaplanMeierSteps.maxTime(curves), 1e-9);
        double[] ticks = KaplanMeierSteps.ticks(maxTime);
        double xMax = Math.max(maxTime, ticks[ticks.length - 1]);
        double[] tableTimes = riskTimes != null ? riskTimes : ticks;
        int k = curves.size();
        int tableHeight = ROW * (k + 1) + 10;
        int plotBottom = height - AXIS_GAP - tableHeight;
        int plotRight = width - RIGHT;
        Mapper m = new Mapper(LEFT, plotRight, TOP, plotBottom, xMax);

        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
            width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n", width / 2, escape(title)));
        // axes, ticks and grid
        svg.append(String.format(Locale.ROOT, "<g class=\"axes\" stroke=\"black\" fill=\"none\"><path d=\"M%.2f %.2f V%.2f H%.2f\"/></g>%n",
            m.x(0), m.y(1.0) - 5, m.y(0), m.x(xMax)));
        svg.append("<g class=\"ticks\">\n");
        for (double t : ticks)
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"black\"/><text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">%s</text>%n",
                m.x(t), m.y(0), m.x(t), m.y(0) + 4, m.x(t), m.y(0) + 16, number(t)));
        for (int i = 0; i <= 5; i++) {
            double s = i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"black\"/><text x=\"%.2f\" y=\"%.2f\" text-anchor=\"end\">%s</text>%n",
                m.x(0) - 4, m.y(s), m.x(0), m.y(s), m.x(0) - 6, m.y(s) + 4, number(s)));
            if (i > 0) svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#dddddd\"/>%n",
                m.x(0), m.y(s), m.x(xMax), m.y(s)));
        }
        svg.append("</g>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">%s</text>%n", (m.x(0) + m.x(xMax)) / 2, m.y(0) + 32, escape(timeLabel)));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %.2f) rotate(-90)\" text-anchor=\"middle\">Survival probability</text>%n", (m.y(0) + m.y(1)) / 2));
        // curves, censoring marks, legend
        for (int g = 0; g < k; g++) {
            KaplanMeierCurve c = curves.get(g);
            String colour = hex(g);
            double[][] line = KaplanMeierSteps.polyline(c, c.survival());
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < line[0].length; i++)
                d.append(String.format(Locale.ROOT, "%s%.2f %.2f", i == 0 ? "M" : " L", m.x(line[0][i]), m.y(line[1][i])));
            svg.append(String.format(Locale.ROOT, "<path class=\"km\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", d, colour));
            double[][] marks = KaplanMeierSteps.censorMarks(c);
            svg.append(String.format(Locale.ROOT, "<g class=\"censored\" stroke=\"%s\">%n", colour));
            for (int i = 0; i < marks[0].length; i++) {
                double x = m.x(marks[0][i]), y = m.y(marks[1][i]);
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.2f %.2f H%.2f M%.2f %.2f V%.2f\"/>%n", x - 4, y, x + 4, x, y - 4, y + 4));
            }
            svg.append("</g>\n");
            double ly = TOP + 8 + g * ROW;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"2\"/><text x=\"%.2f\" y=\"%.2f\">%s</text>%n",
                (double) plotRight - 150, ly, (double) plotRight - 130, ly, colour, (double) plotRight - 125, ly + 4, escape(labels.get(g))));
        }
        // number-at-risk table
        double tableTop = plotBottom + AXIS_GAP;
        svg.append(String.format(Locale.ROOT, "<g class=\"at-risk\"><text x=\"4\" y=\"%.2f\" font-weight=\"bold\">Number at risk</text>%n", tableTop));
        for (int g = 0; g < k; g++) {
            double y = tableTop + (g + 1) * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%.2f\" fill=\"%s\">%s</text>%n", y, hex(g), escape(labels.get(g))));
            for (double t : tableTimes)
                svg.append(String.format(Locale.ROOT, "<text class=\"n\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" fill=\"%s\">%d</text>%n",
                    m.x(t), y, hex(g), curves.get(g).atRiskAt(t)));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    public static void write(Path file, String title, String timeLabel, List<KaplanMeierCurve> curves, List<String> labels,
            double[] riskTimes, int width, int height) throws IOException {
        String svg = render(title, timeLabel, curves, labels, riskTimes, width, height);
        CsvWriter.writeAtomically(file, w -> w.write(svg));
    }

    private record Mapper(double left, double right, double top, double bottom, double xMax) {
        double x(double t) { return left + (right - left) * t / xMax; }
        double y(double s) { return bottom - (bottom - top) * s; }
    }

    private static String hex(int g) {
        return String.format("#%06x", KaplanMeierChart.PALETTE[g % KaplanMeierChart.PALETTE.length].getRGB() & 0xffffff);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
