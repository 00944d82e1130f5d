package org.gliomaradiomics.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.gliomaradiomics.table.CsvWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/** Writes a JFreeChart chart as SVG (vector graphics for publications), through JFreeSVG. */
public final class ChartSvg {
    private ChartSvg() {}

    public static String render(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        Palette.light(chart);
        String svg = render(chart, width, height);
        CsvWriter.writeAtomically(file, w -> w.write(svg));
    }
}
