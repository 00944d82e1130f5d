package org.gliomaradiomics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gliomaradiomics.survival.KaplanMeier;
import org.gliomaradiomics.survival.KaplanMeierCurve;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KaplanMeierChartTest {
    // group A: 1, 2+, 3, 3, 4+, 5 ; group B: 2, 4+, 6, 7+
    static final KaplanMeierCurve A = KaplanMeier.estimate(new double[] {1, 2, 3, 3, 4, 5},
        new boolean[] {true, false, true, true, false, true});
    static final KaplanMeierCurve B = KaplanMeier.estimate(new double[] {2, 4, 6, 7},
        new boolean[] {true, false, true, false});

    @Test
    void stepPolylineAndCensorMarks() {
        double[][] line = KaplanMeierSteps.polyline(A, A.survival());
        // (0,1) (1,1) (1,5/6) (3,5/6) (3,5/12) (5,5/12) (5,0) (5,0)
        assertEquals(8, line[0].length);
        assertEquals(5.0 / 12, line[1][4], 1e-15);
        double[][] marks = KaplanMeierSteps.censorMarks(A);
        assertEquals(2, marks[0].length);
        assertEquals(2.0, marks[0][0]);
        assertEquals(5.0 / 6, marks[1][0], 1e-15);
    }

    @Test
    void pngHasRequestedSize(@TempDir Path dir) throws Exception {
        JFreeChart chart = KaplanMeierChart.create("KM", "Weeks", List.of(A, B), List.of("A", "B"), null, true);
        Path png = dir.resolve("km.png");
        KaplanMeierChart.savePng(chart, png, 640, 480);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
    }

    /** The SVG is the PNG's chart (one implementation): its texts, the at-risk table and the dashed confidence bands. */
    @Test
    void svgIsTheSameChartWithItsBandsAndAtRiskCounts() throws Exception {
        JFreeChart chart = KaplanMeierChart.create("KM <test>", "log-rank test: p = 0.5", "Time (weeks)", List.of(A, B),
            List.of("g=A & 1", "g=B"), new double[] {0, 2, 4}, true);
        String svg = ChartSvg.render(chart, 640, 480);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // the SVG DTD is on the web
        Document doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(((Element) nodes.item(i)).getTextContent());
        for (String t : List.of("KM <test>", "log-rank test: p = 0.5", "Time (weeks)", "g=A & 1", "g=B")) assertTrue(texts.contains(t), t + " in " + texts);
        // at-risk cells by hand: A at 0, 2, 4 -> 6, 5, 2; B -> 4, 4, 3
        assertTrue(java.util.Collections.indexOfSubList(texts, List.of("6", "5", "2", "4", "4", "3")) >= 0, texts.toString());
        // the confidence limits: dashed steps in each group's colour
        for (java.awt.Color c : List.of(Palette.series(0), Palette.series(1))) {
            String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
            assertTrue(java.util.regex.Pattern.compile("stroke:" + java.util.regex.Pattern.quote(rgb) + "[^']*stroke-dasharray:4").matcher(svg).find(), rgb);
        }
    }
}
