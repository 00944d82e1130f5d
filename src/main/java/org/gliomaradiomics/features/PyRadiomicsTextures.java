package org.gliomaradiomics.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PyRadiomics' feature classes but shape on the formula classes the IBSI families use: firstorder by
 * {@link IntensityStatisticsFamily#pyradiomics}; the texture classes (glcm, gldm, glrlm, glszm, ngtdm) on the IBSI
 * families' matrix builders, with {@link Convention#PYRADIOMICS}: one 3D matrix per neighbour offset of PyRadiomics (Chebyshev
 * shells of the requested distances, generated from (d, d, d) downwards; in-plane only with force2D), features per
 * offset averaged over the non-empty ones (numpy.nanmean), or one matrix merged with direction weights
 * (weightingNorm). Serves the region extractor and the voxel-based kernels alike. Values come in the formula
 * class's order; {@link FeatureRegistry#pyradiomicsClass} names them.
 */
public final class PyRadiomicsTextures {
    private PyRadiomicsTextures() {}

    /** Weight of a direction when merging matrices; {@code exponential}: GLCM's e^(-d^2), else GLRLM's plain d. */
    @FunctionalInterface
    public interface DirectionWeight {
        double of(int[] offset, double[] spacing, boolean exponential);
    }

    /**
     * PyRadiomics' class settings.
     * @param force2Ddimension -1 for 3D; else the axis (0 = z, 1 = y, 2 = x) whose neighbours are left out
     * @param weight null: features averaged over directions; else matrices merged with these weights
     * @param voxelArrayShift added to the intensities for firstorder's Energy, TotalEnergy and RootMeanSquared
     */
    public record Options(int[] distances, boolean symmetricGlcm, double gldmAlpha, int force2Ddimension, DirectionWeight weight,
                          double voxelArrayShift) {}

    /**
     * The class's values on a prepared ROI (grey levels 1..ng inside the intensity mask; ng is PyRadiomics' Ng).
     * @param roiLevelCount for glcm's MCC: number of grey levels present in the whole ROI (PyRadiomics' matrices keep
     *                      a row for each); 0 to skip MCC
     */
    public static double[] compute(String featureClass, RoiData roi, Options o, int roiLevelCount) {
        if (featureClass.equals("firstorder")) return IntensityStatisticsFamily.pyradiomics(roi, o.voxelArrayShift());
        int dmax = 1;
        for (int d : o.distances()) dmax = Math.max(dmax, d);
        RoiData r = o.force2Ddimension() > 0 ? sliceAxisLast(roi, o.force2Ddimension()) : roi;
        TextureGrid grid = TextureGrid.of(r, dmax, false);
        double[] spacing = {r.sx, r.sy, r.sz};
        boolean in2D = o.force2Ddimension() >= 0;
        Convention c = Convention.PYRADIOMICS;
        return switch (featureClass) {
            case "glcm" -> glcm(grid, offsets(grid, o.distances(), true, in2D), o, spacing, roiLevelCount);
            case "glrlm" -> glrlm(grid, offsets(grid, new int[] {1}, true, in2D), o, spacing, c);
            case "glszm" -> sizeZone(ZoneMatrixBuilder.zones(grid, in2D));
            case "gldm" -> sizeZone(NgldmFamily.dependences(grid, linear(grid, offsets(grid, o.distances(), false, in2D)), o.gldmAlpha()));
            case "ngtdm" -> NgtdmFamily.values(NgtdmFamily.differences(grid, linear(grid, offsets(grid, o.distances(), false, in2D)), -1, c), grid.ng);
            default -> throw new IllegalArgumentException("unknown PyRadiomics texture class " + featureClass);
        };
    }

    private static double[] sizeZone(LengthMatrix m) {
        double[] out = new double[SizeZoneMatrixFeatures.COUNT];
        if (!new SizeZoneMatrixFeatures(Convention.PYRADIOMICS).features(m, out)) Arrays.fill(out, Double.NaN);
        return out;
    }

    private static double[] glcm(TextureGrid grid, int[][] offsets, Options o, double[] spacing, int roiLevelCount) {
        List<double[]> matrices = new ArrayList<>();
        for (int[] d : offsets) matrices.add(GlcmFamily.cooccurrences(grid, linear(grid, d), -1, o.symmetricGlcm()));
        if (o.weight() != null) {
            double[] merged = new double[grid.ng * grid.ng];
            for (int k = 0; k < offsets.length; k++) {
                double w = o.weight().of(offsets[k], spacing, true);
                double[] m = matrices.get(k);
                for (int q = 0; q < merged.length; q++) merged[q] += m[q] * w;
            }
            matrices = List.of(merged);
        }
        SparseGlcm sparse = new SparseGlcm(grid.ng, grid.ng * grid.ng);
        List<double[]> perDirection = new ArrayList<>();
        for (double[] m : matrices) {
            double[] values = new double[CooccurrenceFeatures.VALUES];
            if (sparse.load(m)) CooccurrenceFeatures.of(sparse, Convention.PYRADIOMICS, roiLevelCount, values);
            else if (matrices.size() > 1) continue; // PyRadiomics drops empty directions
            else Arrays.fill(values, Double.NaN);
            perDirection.add(values);
        }
        return nanMean(perDirection, CooccurrenceFeatures.VALUES);
    }

    private static double[] glrlm(TextureGrid grid, int[][] offsets, Options o, double[] spacing, Convention c) {
        int longest = Math.max(grid.nx, Math.max(grid.ny, grid.nz)) - 2 * grid.pad;
        List<LengthMatrix> matrices = new ArrayList<>();
        for (int[] d : offsets) {
            LengthMatrix m = GlrlmFamily.runs(grid, linear(grid, d), -1, longest);
            // PyRadiomics zeroes a direction along which no line holds two ROI voxels (a 2D ROI for that angle)
            if (c.zeroFlatRunDirections() && !lineWithTwo(grid, d, m)) {
                Arrays.fill(m.counts, 0);
                m.voxels = 0;
            }
            matrices.add(m);
        }
        if (o.weight() != null) {
            LengthMatrix merged = LengthMatrix.dense(grid.ng, longest);
            for (int k = 0; k < offsets.length; k++) {
                double w = o.weight().of(offsets[k], spacing, false);
                LengthMatrix m = matrices.get(k);
                for (int q = 0; q < merged.counts.length; q++) merged.counts[q] += m.counts[q] * w;
                merged.voxels += m.voxels * w;
            }
            matrices = List.of(merged);
        }
        List<double[]> perDirection = new ArrayList<>();
        for (LengthMatrix m : matrices) {
            double[] values = sizeZone(m);
            if (m.voxels == 0 && matrices.size() > 1) continue;
            perDirection.add(values);
        }
        return nanMean(perDirection, SizeZoneMatrixFeatures.COUNT);
    }

    /** Whether some ROI voxel has another ROI voxel further along direction d (same line, any gap). */
    private static boolean lineWithTwo(TextureGrid grid, int[] d, LengthMatrix runs) {
        for (int g = 0; g < grid.ng; g++)
            for (int c = 1; c < runs.lengths.length; c++) if (runs.counts[g * runs.lengths.length + c] != 0) return true;
        int plane = grid.nx * grid.ny;
        for (int v : grid.roiVoxels) {
            int x = v % grid.nx, y = (v % plane) / grid.nx, z = v / plane;
            for (x += d[0], y += d[1], z += d[2]; x >= 0 && y >= 0 && z >= 0 && x < grid.nx && y < grid.ny && z < grid.nz;
                 x += d[0], y += d[1], z += d[2])
                if (grid.grey[x + grid.nx * (y + grid.ny * z)] != 0) return true;
        }
        return false;
    }

    /** Mean over directions ignoring NaN (numpy.nanmean): NaN for a feature no direction has. */
    private static double[] nanMean(List<double[]> perDirection, int k) {
        double[] out = new double[k];
        for (int f = 0; f < k; f++) {
            double s = 0;
            int n = 0;
            for (double[] d : perDirection) if (!Double.isNaN(d[f])) { s += d[f]; n++; }
            out[f] = n == 0 ? Double.NaN : s / n;
        }
        return out;
    }

    /**
     * PyRadiomics' neighbour offsets {dx, dy, dz}: Chebyshev norm in the requested distances, generated from
     * (d, d, d) downwards in (z, y, x) order; optionally one of each +/- pair; in-plane (dz = 0) only for 2D; none
     * longer than the ROI box.
     */
    private static int[][] offsets(TextureGrid grid, int[] distances, boolean half, boolean in2D) {
        int dmax = 0;
        for (int d : distances) dmax = Math.max(dmax, d);
        int bx = grid.nx - 2 * grid.pad, by = grid.ny - 2 * grid.pad, bz = grid.nz - 2 * grid.pad;
        List<int[]> out = new ArrayList<>();
        for (int dz = dmax; dz >= -dmax; dz--)
            for (int dy = dmax; dy >= -dmax; dy--)
                for (int dx = dmax; dx >= -dmax; dx--) {
                    if (dx == 0 && dy == 0 && dz == 0) continue;
                    int norm = Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz)));
                    boolean wanted = false;
                    for (int d : distances) wanted |= d == norm;
                    if (!wanted) continue;
                    if (half && !(dz > 0 || (dz == 0 && (dy > 0 || (dy == 0 && dx > 0))))) continue;
                    if (in2D && dz != 0) continue;
                    if (Math.abs(dx) >= bx || Math.abs(dy) >= by || Math.abs(dz) >= bz) continue;
                    out.add(new int[] {dx, dy, dz});
                }
        return out.toArray(new int[0][]);
    }

    private static int linear(TextureGrid grid, int[] d) {
        return grid.offset(d[0], d[1], d[2]);
    }

    private static int[] linear(TextureGrid grid, int[][] offsets) {
        int[] out = new int[offsets.length];
        for (int k = 0; k < offsets.length; k++) out[k] = linear(grid, offsets[k]);
        return out;
    }

    /**
     * The ROI with its axes permuted so that the axis force2D leaves out (1 = y, 2 = x) becomes z: the builders
     * then see in-plane neighbours as z slices. Texture values do not depend on the order of the axes.
     */
    private static RoiData sliceAxisLast(RoiData r, int axis) {
        int[] n = {r.nx, r.ny, r.nz};
        double[] s = {r.sx, r.sy, r.sz};
        int[] order = axis == 1 ? new int[] {0, 2, 1} : new int[] {1, 2, 0}; // new x, y, z from old axes
        int px = n[order[0]], py = n[order[1]], pz = n[order[2]];
        int[] grey = new int[r.grey.length];
        boolean[] mask = new boolean[grey.length];
        int[] c = new int[3];
        for (c[2] = 0; c[2] < r.nz; c[2]++)
            for (c[1] = 0; c[1] < r.ny; c[1]++)
                for (c[0] = 0; c[0] < r.nx; c[0]++) {
                    int src = c[0] + r.nx * (c[1] + r.ny * c[2]);
                    int dst = c[order[0]] + px * (c[order[1]] + py * c[order[2]]);
                    grey[dst] = r.grey[src];
                    mask[dst] = r.intensityMask[src];
                }
        return new RoiData(px, py, pz, s[order[0]], s[order[1]], s[order[2]], new double[grey.length], mask, mask, grey, r.ng,
            new double[0], new double[0]);
    }
}
