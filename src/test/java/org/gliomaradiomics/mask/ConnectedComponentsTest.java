package org.gliomaradiomics.mask;

import static org.junit.jupiter.api.Assertions.*;

import org.gliomaradiomics.image.Geometry;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {
    private static final Geometry G = Geometry.of(10, 8, 6, 1, 1, 2);

    private static void box(boolean[] m, int x0, int x1, int y0, int y1, int z0, int z1, boolean value) {
        for (int z = z0; z <= z1; z++) for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) m[G.index(x, y, z)] = value;
    }

    /** Blob A 2x2x2 (8 voxels), blob B 1 voxel touching A only by a corner, blob C 1x1x5 (5 voxels) far away. */
    private static boolean[] blobs() {
        boolean[] m = new boolean[(int) G.voxelCount()];
        box(m, 1, 2, 1, 2, 1, 2, true);
        m[G.index(3, 3, 3)] = true;
        box(m, 7, 7, 6, 6, 0, 4, true);
        return m;
    }

    @Test
    void sixConnectivitySeparatesCornerNeighbours() {
        ConnectedComponents.Labelling l = ConnectedComponents.label(blobs(), G, Connectivity.SIX, ConnectedComponents.Order.SIZE);
        assertEquals(3, l.count());
        assertEquals(8, l.size(1));
        assertEquals(5, l.size(2));
        assertEquals(1, l.size(3));
        assertEquals(1, l.labels()[G.index(1, 1, 1)]);
        assertEquals(2, l.labels()[G.index(7, 6, 0)]);
        assertEquals(3, l.labels()[G.index(3, 3, 3)]);
        assertEquals(5 * 2.0, l.volumeMm3(2), 1e-12);
    }

    @Test
    void scanOrderNumbersByFirstVoxel() {
        ConnectedComponents.Labelling l = ConnectedComponents.label(blobs(), G, Connectivity.SIX, ConnectedComponents.Order.SCAN);
        // first voxels in scan order: C at z=0, then A at z=1, then B at z=3
        assertEquals(1, l.labels()[G.index(7, 6, 0)]);
        assertEquals(2, l.labels()[G.index(1, 1, 1)]);
        assertEquals(3, l.labels()[G.index(3, 3, 3)]);
    }

    @Test
    void cornerJoinsWith26ButNot18() {
        assertEquals(3, ConnectedComponents.label(blobs(), G, Connectivity.EIGHTEEN, ConnectedComponents.Order.SIZE).count());
        ConnectedComponents.Labelling l = ConnectedComponents.label(blobs(), G, Connectivity.TWENTY_SIX, ConnectedComponents.Order.SIZE);
        assertEquals(2, l.count());
        assertEquals(9, l.size(1));
    }

    @Test
    void sizeFilterAndLargest() {
        boolean[] kept = ConnectedComponents.removeSmallerThan(blobs(), G, Connectivity.SIX, 5);
        assertEquals(13, Masks.count(kept));
        assertFalse(kept[G.index(3, 3, 3)]);
        // 11 mm3 = 5.5 voxels of 2 mm3: only the 8-voxel blob stays
        assertEquals(8, Masks.count(ConnectedComponents.removeSmallerThanMm3(blobs(), G, Connectivity.SIX, 11)));
        boolean[] largest = ConnectedComponents.keepLargest(blobs(), G, Connectivity.SIX);
        assertEquals(8, Masks.count(largest));
        assertTrue(largest[G.index(2, 2, 2)]);
        assertEquals(0, Masks.count(ConnectedComponents.keepLargest(new boolean[(int) G.voxelCount()], G, Connectivity.SIX)));
    }

    @Test
    void fillsEnclosedCavityOnly() {
        boolean[] m = new boolean[(int) G.voxelCount()];
        box(m, 1, 5, 1, 5, 0, 4, true);   // 5x5x5 block
        box(m, 2, 4, 2, 4, 1, 3, false);  // 3x3x3 cavity inside
        boolean[] filled = ConnectedComponents.fillHoles(m, G, Connectivity.SIX);
        assertEquals(125, Masks.count(filled));
        // open a tunnel from the cavity to the outside: no longer a hole
        m[G.index(5, 3, 2)] = false;
        assertEquals(125 - 27 - 1, Masks.count(ConnectedComponents.fillHoles(m, G, Connectivity.SIX)));
        // a fully enclosed single-voxel cavity is a hole for a 26-connected background too
        boolean[] d = new boolean[(int) G.voxelCount()];
        box(d, 1, 5, 1, 5, 0, 4, true);
        d[G.index(3, 3, 2)] = false; // single-voxel cavity, fully enclosed
        assertEquals(125, Masks.count(ConnectedComponents.fillHoles(d, G, Connectivity.TWENTY_SIX)));
    }
}
