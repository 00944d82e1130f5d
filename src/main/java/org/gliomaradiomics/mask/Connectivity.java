package org.gliomaradiomics.mask;

/** 3D voxel neighbourhoods: faces (6), faces and edges (18), faces, edges and corners (26). */
public enum Connectivity {
    SIX(1), EIGHTEEN(2), TWENTY_SIX(3);

    /** Maximum number of non-zero offset components among the neighbours. */
    private final int maxNonZero;
    final int[] dx, dy, dz;

    Connectivity(int maxNonZero) {
        this.maxNonZero = maxNonZero;
        int n = 0;
        int[][] tmp = new int[26][];
        for (int z = -1; z <= 1; z++)
            for (int y = -1; y <= 1; y++)
                for (int x = -1; x <= 1; x++) {
                    int nonZero = Math.abs(x) + Math.abs(y) + Math.abs(z);
                    if (nonZero == 0 || nonZero > maxNonZero) continue;
                    tmp[n++] = new int[] {x, y, z};
                }
        dx = new int[n];
        dy = new int[n];
        dz = new int[n];
        for (int i = 0; i < n; i++) {
            dx[i] = tmp[i][0];
            dy[i] = tmp[i][1];
            dz[i] = tmp[i][2];
        }
    }

    public int neighbourCount() {
        return dx.length;
    }

    /** 6, 18 or 26. */
    public static Connectivity of(int neighbours) {
        for (Connectivity c : values()) if (c.neighbourCount() == neighbours) return c;
        throw new IllegalArgumentException("connectivity must be 6, 18 or 26, not " + neighbours);
    }
}
