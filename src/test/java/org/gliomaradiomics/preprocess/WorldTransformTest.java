package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldTransformTest {
    @Test
    void rotationAboutACentreMovesPointsAsByHand() {
        // 90° about z through (10, 0, 0): (11, 0, 0) -> (10, 1, 0); then translated by (0, 0, 5)
        WorldTransform t = new RigidTransform(0, 0, Math.PI / 2, new double[] {0, 0, 5}, new double[] {10, 0, 0}).toWorldTransform();
        assertArrayEquals(new double[] {10, 1, 5}, t.apply(new double[] {11, 0, 0}), 1e-12);
        assertArrayEquals(new double[] {10, 0, 5}, t.apply(new double[] {10, 0, 0}), 1e-12);
        assertEquals(90, RigidTransform.rotationAngleDegrees(t.linear()), 1e-9);
    }

    @Test
    void inverseAndCompositionUndoEachOther() {
        WorldTransform t = new RigidTransform(0.1, -0.2, 0.3, new double[] {4, 5, -6}, new double[] {1, 2, 3}).toWorldTransform();
        double[] p = {7, -8, 9};
        assertArrayEquals(p, t.inverse().apply(t.apply(p)), 1e-12);
        assertArrayEquals(t.apply(t.apply(p)), t.compose(t).apply(p), 1e-12);
    }

    @Test
    void textRoundTripIsExact(@TempDir Path dir) throws Exception {
        WorldTransform t = WorldTransform.of(new double[] {1.1, 0.2, 0.3, -0.4, 0.9, 0.1, 0, 0.05, 1.2}, new double[] {1.5, -2.25, 3.125});
        Path f = dir.resolve("t.txt");
        java.nio.file.Files.writeString(f, t.fileText(f.getFileName().toString()));
        assertArrayEquals(t.matrix(), WorldTransform.parseFile(org.gliomaradiomics.image.TextFiles.read(f), f.toString()).matrix(), 0);
        assertThrows(IllegalArgumentException.class, () -> WorldTransform.parse("1 0 0 0\n0 1 0 0\n0 0 1 0\n", "short.txt"));
        assertThrows(IllegalArgumentException.class, () -> WorldTransform.parse("1 0 0 0\n0 1 0 0\n0 0 1 0\n0 0 1 1\n", "notaffine.txt"));
    }
}
