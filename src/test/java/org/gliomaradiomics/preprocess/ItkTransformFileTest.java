package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ITK transform files against hand calculation, ITK's own formulas and a file written by 3D Slicer. */
class ItkTransformFileTest {
    @TempDir
    Path dir;

    private static WorldTransform itk(String type, String parameters, String fixed) {
        return ItkTransformFile.parse("#Insight Transform File V1.0\n#Transform 0\nTransform: " + type + "\nParameters: " + parameters
            + "\nFixedParameters: " + fixed + "\n", "test.tfm");
    }

    /**
     * The centre convention by hand: A = 90° about z, centre c = (10, 0, 0), translation t = (1, 2, 3); p maps to
     * A (p - c) + c + t, so c goes to c + t = (11, 2, 3) and (11, 0, 0) to A (1, 0, 0) + c + t = (11, 3, 3).
     */
    private static void isQuarterTurnAboutCentre(WorldTransform t, String what) {
        assertArrayEquals(new double[] {11, 2, 3}, t.apply(new double[] {10, 0, 0}), 1e-12, what);
        assertArrayEquals(new double[] {11, 3, 3}, t.apply(new double[] {11, 0, 0}), 1e-12, what);
        assertArrayEquals(new double[] {11, 2, 4}, t.apply(new double[] {10, 0, 1}), 1e-12, what);
    }

    @Test
    void everyParametrisationOfTheSameRigidMotionGivesIt() {
        isQuarterTurnAboutCentre(itk("AffineTransform_double_3_3", "0 -1 0 1 0 0 0 0 1 1 2 3", "10 0 0"), "affine");
        isQuarterTurnAboutCentre(itk("MatrixOffsetTransformBase_float_3_3", "0 -1 0 1 0 0 0 0 1 1 2 3", "10 0 0"), "matrix-offset");
        isQuarterTurnAboutCentre(itk("Euler3DTransform_double_3_3", "0 0 " + Math.PI / 2 + " 1 2 3", "10 0 0 0"), "Euler");
        isQuarterTurnAboutCentre(itk("VersorRigid3DTransform_double_3_3", "0 0 " + Math.sqrt(0.5) + " 1 2 3", "10 0 0"), "versor");
        WorldTransform shift = itk("TranslationTransform_double_3_3", "1 2 3", "");
        assertArrayEquals(new double[] {2, 2, 3}, shift.apply(new double[] {1, 0, 0}), 1e-12);
    }

    @Test
    void eulerAnglesComposeInItksOrder() {
        // ITK: Rz * Rx * Ry by default, Rz * Ry * Rx with the fourth fixed parameter set (itkEuler3DTransform.hxx).
        // 90° about x and about y, by hand: Rx Ry maps x to y; Ry Rx maps x to -z.
        String angles = Math.PI / 2 + " " + Math.PI / 2 + " 0 0 0 0";
        assertArrayEquals(new double[] {0, 1, 0}, itk("Euler3DTransform_double_3_3", angles, "0 0 0").apply(new double[] {1, 0, 0}), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, itk("Euler3DTransform_double_3_3", angles, "0 0 0 0").apply(new double[] {1, 0, 0}), 1e-12);
        assertArrayEquals(new double[] {0, 0, -1}, itk("Euler3DTransform_double_3_3", angles, "0 0 0 1").apply(new double[] {1, 0, 0}), 1e-12);
    }

    /**
     * A transform saved by 3D Slicer 5.8 (discourse.slicer.org/t/43584): an AffineTransform with a non-zero centre.
     * Slicer shows it in its Transforms module as the "to parent" matrix in RAS, the inverse of the file's
     * resampling (fixed to moving) transform with the first two axes negated; its first row reads
     * -0.967398 -0.0163508 -0.252731 15 and its second starts 0.00524245 0.99640.
     */
    @Test
    void readsASlicerFileAsSlicerShowsIt() {
        WorldTransform fromParent = itk("AffineTransform_double_3_3",
            "-0.9673983954721169 0.005242446734459156 -0.25320517607311555 -0.01635075985776062 0.9964070799946877 "
                + "0.08309984108611503 0.25273107662108657 0.08453074995940893 -0.9638368924362907 19.64370704805952 "
                + "-10.678323249250239 188.5045069754522",
            "-1.1877449844514136 5.3974515452055405 -63.54885348036633");
        WorldTransform lpsToRas = WorldTransform.of(new double[] {-1, 0, 0, 0, -1, 0, 0, 0, 1}, new double[3]);
        double[] m = lpsToRas.compose(fromParent.inverse()).compose(lpsToRas).matrix();
        assertArrayEquals(new double[] {-0.967398, -0.0163508, -0.252731, 15}, new double[] {m[0], m[1], m[2], m[3]}, 1e-6);
        assertEquals(0.00524245, m[4], 1e-8);
        assertEquals(0.99640, m[5], 1e-5);
    }

    @Test
    void writesTheFourByFourMatrixAsAnItkFileAndReadsItBack() throws Exception {
        WorldTransform t = WorldTransform.centred(new double[] {0.98, -0.17, 0.05, 0.17, 0.98, -0.02, -0.05, 0.03, 1.01},
            new double[] {-12.5, 30.25, 7}, new double[] {3.5, -1.25, 8});
        Path tfm = dir.resolve("t.tfm"), txt = dir.resolve("t.txt");
        java.nio.file.Files.writeString(tfm, t.fileText(tfm.getFileName().toString()));
        java.nio.file.Files.writeString(txt, t.fileText(txt.getFileName().toString()));
        String text = Files.readString(tfm);
        assertTrue(text.startsWith("#Insight Transform File V1.0\n#Transform 0\nTransform: AffineTransform_double_3_3\nParameters: "), text);
        // centre 0: the parameters are the matrix rows and the 4x4 matrix's last column (ITK's offset)
        double[] expected = t.matrix(), read = WorldTransform.parseFile(org.gliomaradiomics.image.TextFiles.read(tfm), tfm.toString()).matrix();
        assertArrayEquals(expected, read, 0);
        String[] p = text.lines().filter(l -> l.startsWith("Parameters:")).findFirst().orElseThrow().substring(12).split(" ");
        assertEquals(12, p.length);
        assertEquals(expected[3], Double.parseDouble(p[9]));
        assertEquals(expected[1], Double.parseDouble(p[1]));
        assertArrayEquals(expected, WorldTransform.parseFile(org.gliomaradiomics.image.TextFiles.read(txt), txt.toString()).matrix(), 0); // the 4x4 text form still works
        assertTrue(Files.readString(txt).startsWith("# Glioma Radiomics affine transform"));
    }

    @Test
    void refusesWhatItCannotRepresent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> itk("BSplineTransform_double_3_3", "0 0 0", "0 0 0"));
        assertTrue(e.getMessage().contains("test.tfm") && e.getMessage().contains("BSplineTransform"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> itk("AffineTransform_double_2_2", "1 0 0 1 0 0", "0 0"));
        assertTrue(e.getMessage().contains("3D"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> itk("AffineTransform_double_3_3", "1 0 0 1", "0 0 0"));
        assertTrue(e.getMessage().contains("12 parameters"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ItkTransformFile.parse("#Insight Transform File V1.0\n"
            + "Transform: AffineTransform_double_3_3\nParameters: 1 0 0 0 1 0 0 0 1 0 0 0\nFixedParameters: 0 0 0\n"
            + "Transform: TranslationTransform_double_3_3\nParameters: 1 2 3\nFixedParameters:\n", "two.tfm"));
        assertTrue(e.getMessage().contains("2 transforms"), e.getMessage());
    }
}
