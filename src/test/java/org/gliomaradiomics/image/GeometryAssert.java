package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on grids shared by the reader/writer tests. */
final class GeometryAssert {
    private GeometryAssert() {}

    static void assertSameGrid(Geometry expected, Geometry actual, double tol) {
        assertEquals(expected.sizeString(), actual.sizeString(), "size");
        assertArrayEquals(expected.spacing(), actual.spacing(), tol, "spacing");
        assertArrayEquals(expected.origin(), actual.origin(), tol, "origin");
        assertArrayEquals(expected.direction(), actual.direction(), tol, "direction");
    }

    /** World coordinates of the eight corners and a few inner voxels agree within tol. */
    static void assertSameWorld(Geometry expected, Geometry actual, double tol) {
        assertEquals(expected.sizeString(), actual.sizeString(), "size");
        int[] xs = {0, expected.nx - 1, expected.nx / 3}, ys = {0, expected.ny - 1, expected.ny / 2}, zs = {0, expected.nz - 1, expected.nz / 2};
        for (int x : xs) for (int y : ys) for (int z : zs)
            assertArrayEquals(expected.world(x, y, z), actual.world(x, y, z), tol, "world(" + x + "," + y + "," + z + ")");
    }
}
