package org.gliomaradiomics.report;

import java.awt.Color;

/**
 * The colours of every chart: Okabe and Ito's palette, told apart with the common colour-vision deficiencies
 * (Okabe &amp; Ito 2008, "Color Universal Design"; Wong 2011, Nature Methods 8:441), on a white background.
 */
public final class Palette {
    private Palette() {}

    public static final Color BLUE = new Color(0x0072B2), VERMILLION = new Color(0xD55E00), GREEN = new Color(0x009E73),
        ORANGE = new Color(0xE69F00), REDDISH_PURPLE = new Color(0xCC79A7), SKY_BLUE = new Color(0x56B4E9),
        YELLOW = new Color(0xF0E442), BLACK = Color.BLACK;

    /** The order series take their colours in (yellow last: faint on white). */
    static final Color[] SERIES = {BLUE, VERMILLION, GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW};

    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The light theme: white chart and plot backgrounds, light grey grid lines (subplots of combined plots too). */
    public static void light(org.jfree.chart.JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        light(chart.getPlot());
    }

    private static void light(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined)
                for (Object sub : combined.getSubplots()) light((org.jfree.chart.plot.Plot) sub);
        }
    }
}
