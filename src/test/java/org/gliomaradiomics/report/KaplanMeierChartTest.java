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

    @Test
    void svgIsWellFormedWithOnePathPerGroupAndAtRiskCounts() throws Exception {
        String svg = KaplanMeierSvg.render("KM <test>", "Weeks", List.of(A, B), List.of("A & 1", "B"), new double[] {0, 2, 4}, 640, 480);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList paths = doc.getElementsByTagName("path");
        int km = 0;
        for (int i = 0; i < paths.getLength(); i++) if ("km".equals(((Element) paths.item(i)).getAttribute("class"))) km++;
        assertEquals(2, km);
        // censored marks: A at 2 and 4, B at 4 and 7; plus the axis path
        assertEquals(2 + 4 + 1, paths.getLength());
        // at-risk cells: A at 0, 2, 4 -> 6, 5, 2 ; B -> 4, 4, 3
        StringBuilder counts = new StringBuilder();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("n".equals(t.getAttribute("class"))) counts.append(t.getTextContent()).append(' ');
        }
        assertEquals("6 5 2 4 4 3 ", counts.toString());
        assertTrue(svg.contains("KM &lt;test&gt;"));
    }
}
