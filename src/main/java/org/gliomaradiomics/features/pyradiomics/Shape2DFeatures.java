package org.gliomaradiomics.features.pyradiomics;

import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.features.PrincipalAxes;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.shape.FarthestPair;

/** PyRadiomics shape2D: midpoint marching squares on the single-slice mask padded by one pixel, diameter over the
 * contour vertices, 2D PCA axes. The slice axis is force2Ddimension (0 = z, 1 = y, 2 = x). */
final class Shape2DFeatures {
    private Shape2DFeatures() {}

    /** Square corners (dr, dc) and the edges (pairs of corners) of marching squares. */
    private static final int[][] CORNERS = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
    private static final int[][] EDGES = {{0, 1}, {1, 2}, {2, 3}, {3, 0}};
    /** Area inside the contour in a square with 0 to 4 inside corners (not a saddle), in eighths of the square. */
    private static final int[] INSIDE_EIGHTHS = {0, 1, 4, 7, 8};

    static FeatureMap compute(RoiData roi, int sliceAxis) {
        if (roi.size(2 - sliceAxis) != 1)
            throw new IllegalArgumentException("shape2D needs an ROI one voxel thick along force2Ddimension " + sliceAxis + ", it is " + roi.size(2 - sliceAxis));
        // in-plane axes (0 = x, 1 = y, 2 = z): rows = the slower one, columns = the faster one (numpy order)
        int rowAxis = sliceAxis == 0 ? 1 : 2, colAxis = sliceAxis == 2 ? 1 : 0;
        int nr = roi.size(rowAxis), nc = roi.size(colAxis);
        double sr = roi.spacing(rowAxis), sc = roi.spacing(colAxis);
        int pr = nr + 2, pc = nc + 2;
        boolean[] m = new boolean[pr * pc]; // one voxel thick: the mask's own order is rows (slower) by columns
        for (int r = 0; r < nr; r++) System.arraycopy(roi.morphMask, nc * r, m, 1 + pc * (r + 1), nc);
        long eighths = 0; // the contour's enclosed area in eighths of a pixel, summed cell by cell
        double perimeter = 0;
        int n = 0; // contour vertices in half-pixel units (each twice: once per segment)
        long[] vr = new long[64], vc = new long[64];
        for (int r = 0; r < pr - 1; r++)
            for (int c = 0; c < pc - 1; c++) {
                int pattern = 0;
                for (int k = 0; k < 4; k++) if (m[(c + CORNERS[k][1]) + pc * (r + CORNERS[k][0])]) pattern |= 1 << k;
                eighths += pattern == 5 || pattern == 10 ? 2 : INSIDE_EIGHTHS[Integer.bitCount(pattern)];
                for (int[] seg : segments(pattern)) {
                    perimeter += Math.hypot((mid(seg[0], 0) - mid(seg[1], 0)) * sr, (mid(seg[0], 1) - mid(seg[1], 1)) * sc);
                    if (n + 2 > vr.length) { vr = Arrays.copyOf(vr, 2 * vr.length); vc = Arrays.copyOf(vc, 2 * vc.length); }
                    for (int end : seg) {
                        vr[n] = 2L * r + Math.round(2 * mid(end, 0));
                        vc[n++] = 2L * c + Math.round(2 * mid(end, 1));
                    }
                }
            }
        double surface = eighths / 8.0 * sr * sc;
        double diameter = FarthestPair.planeDiameters(new long[n], vr, vc, n, 1, sr / 2, sc / 2)[0];
        double[] eig = PrincipalAxes.variances(roi, new int[] {rowAxis, colAxis}, false);
        FeatureMap f = new FeatureMap("shape2D", List.of("SphericalDisproportion"));
        f.put("MeshSurface", surface);
        f.put("PixelSurface", roi.morphCount() * sr * sc);
        f.put("Perimeter", perimeter);
        f.put("PerimeterSurfaceRatio", perimeter / surface);
        double sphericity = 2 * Math.sqrt(Math.PI * surface) / perimeter;
        f.put("Sphericity", sphericity);
        f.put("SphericalDisproportion", 1 / sphericity);
        f.put("MaximumDiameter", diameter);
        f.put("MajorAxisLength", 4 * Math.sqrt(eig[1]));
        f.put("MinorAxisLength", 4 * Math.sqrt(eig[0]));
        f.put("Elongation", Math.sqrt(eig[0] / eig[1]));
        return f;
    }

    private static double mid(int edge, int axis) {
        return 0.5 * (CORNERS[EDGES[edge][0]][axis] + CORNERS[EDGES[edge][1]][axis]);
    }

    /** Segments (edge pairs) of a square; the two saddle patterns cut off each inside corner. */
    private static int[][] segments(int pattern) {
        if (pattern == 5 || pattern == 10) {
            int c = pattern == 5 ? 0 : 1; // inside corners c and c + 2; edge e joins corners e and e + 1
            return new int[][] {{(c + 3) % 4, c}, {c + 1, c + 2}};
        }
        int a = -1, b = -1;
        for (int e = 0; e < 4; e++)
            if (((pattern >> e) & 1) != ((pattern >> ((e + 1) % 4)) & 1)) { if (a < 0) a = e; else b = e; }
        return a < 0 ? new int[0][] : new int[][] {{a, b}};
    }
}
