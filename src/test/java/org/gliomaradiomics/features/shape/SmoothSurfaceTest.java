package org.gliomaradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SmoothSurfaceTest {
    @Test
    void sphereOfRadius20mmAt1mmHasAnalyticVolumeAreaAndSphericity() {
        double r = 20;
        SmoothSurface.Measures m = SmoothSurface.of(MarchingCubesTest.sphere(45, r), 45, 45, 45, 1, 1, 1);
        double vRef = 4.0 / 3 * Math.PI * r * r * r, aRef = 4 * Math.PI * r * r;
        assertEquals(1, m.volume() / vRef, 0.01, "volume " + m.volume() + " vs " + vRef);
        assertEquals(1, m.area() / aRef, 0.01, "area " + m.area() + " vs " + aRef);
        assertEquals(1, Math.cbrt(36 * Math.PI * m.volume() * m.volume()) / m.area(), 0.02);
    }

    @Test
    void anEmptyMaskIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SmoothSurface.of(new boolean[8], 2, 2, 2, 1, 1, 1));
    }
}
