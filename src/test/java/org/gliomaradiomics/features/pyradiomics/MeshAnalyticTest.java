package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.RoiData;
import org.junit.jupiter.api.Test;

/** The midpoint mesh of a single voxel is an octahedron with vertices at the face centres (2D: a diamond). */
class MeshAnalyticTest {
    private static Map<String, Double> run(FeatureMap f) {
        Map<String, Double> out = new HashMap<>();
        List<ExtractedFeature> features = new ArrayList<>();
        f.emit(List.of(), "original", features);
        for (ExtractedFeature e : features) out.put(e.wideColumn(), e.value());
        return out;
    }

    private static RoiData roi(int nx, int ny, int nz, boolean[] mask, double[] spacing) {
        return RoiData.cropToMask(new double[mask.length], mask, new int[] {nx, ny, nz}, spacing);
    }

    @Test
    void singleVoxelIsAnOctahedron() {
        RoiData roi = roi(1, 1, 1, new boolean[] {true}, new double[] {2, 3, 5});
        Map<String, Double> f = run(ShapeFeatures.compute(roi));
        assertEquals(2 * 3 * 5 / 6.0, f.get("original_shape_MeshVolume"), 1e-12);
        assertEquals(30, f.get("original_shape_VoxelVolume"), 1e-12);
        // 8 faces with vertices (+-1, 0, 0), (0, +-1.5, 0), (0, 0, +-2.5): area 0.5 |(a x b)| each
        double face = 0.5 * Math.sqrt(Math.pow(1.5 * 2.5, 2) + Math.pow(1 * 2.5, 2) + Math.pow(1 * 1.5, 2));
        assertEquals(8 * face, f.get("original_shape_SurfaceArea"), 1e-12);
        assertEquals(5, f.get("original_shape_Maximum3DDiameter"), 1e-12); // the two z vertices
        assertEquals(3, f.get("original_shape_Maximum2DDiameterSlice"), 1e-12); // in-plane: y vertices
    }

    @Test
    void twoByTwoByTwoBlock() {
        boolean[] m = new boolean[8];
        java.util.Arrays.fill(m, true);
        RoiData roi = roi(2, 2, 2, m, new double[] {1, 1, 1});
        Map<String, Double> f = run(ShapeFeatures.compute(roi));
        // per marching cell of the padded 4^3 grid: the all-inside centre cell 1, 6 face cells 1/2, 12 edge cells
        // 1/8 (triangular prism, legs 1/2) and 8 corner cells 1/48 (tetrahedron, legs 1/2)
        assertEquals(1 + 6 * 0.5 + 12 / 8.0 + 8 / 48.0, f.get("original_shape_MeshVolume"), 1e-12);
    }

    @Test
    void twoPixelsAlongTheRowsWhateverTheSliceAxis() {
        // pixels at rows 0 and 1 of one column, rows 2 mm apart: the contour is the hexagon (-1/2, 0), (0, 1/2),
        // (1, 1/2), (3/2, 0), (1, -1/2), (0, -1/2) (pixel units): a 1 x 1 rectangle and two end triangles of 1/4
        double[][] spacings = {{1, 2, 3}, {1, 3, 2}, {3, 1, 2}}; // row spacing 2, column spacing 1 for every axis
        int[][] sizes = {{1, 2, 1}, {1, 1, 2}, {1, 1, 2}};
        for (int axis = 0; axis < 3; axis++) {
            int[] n = sizes[axis];
            Map<String, Double> f = run(Shape2DFeatures.compute(roi(n[0], n[1], n[2], new boolean[] {true, true}, spacings[axis]), axis));
            assertEquals((1 + 2 * 0.25) * 2 * 1, f.get("original_shape2D_MeshSurface"), 1e-12, "axis " + axis);
            assertEquals(2 * 2 + 4 * Math.hypot(0.5 * 2, 0.5), f.get("original_shape2D_Perimeter"), 1e-12, "axis " + axis);
            assertEquals(2 * 2, f.get("original_shape2D_MaximumDiameter"), 1e-12, "axis " + axis);
            assertEquals(4 * 1, f.get("original_shape2D_MajorAxisLength"), 1e-12, "axis " + axis); // variance 1 mm^2
        }
    }

    @Test
    void diagonalPixelsAreTwoDiamonds() {
        // the saddle square between them cuts off each inside corner (PyRadiomics): two separate diamonds
        RoiData roi = roi(2, 2, 1, new boolean[] {true, false, false, true}, new double[] {1, 1, 1});
        Map<String, Double> f = run(Shape2DFeatures.compute(roi, 0));
        assertEquals(2 * 0.5, f.get("original_shape2D_MeshSurface"), 1e-12);
        assertEquals(8 * Math.sqrt(0.5), f.get("original_shape2D_Perimeter"), 1e-12);
        assertEquals(Math.sqrt(5), f.get("original_shape2D_MaximumDiameter"), 1e-12); // (-1/2, 0) to (3/2, 1)
    }

    @Test
    void singlePixelIsADiamond() {
        RoiData roi = roi(1, 1, 1, new boolean[] {true}, new double[] {1, 1, 1});
        Map<String, Double> f = run(Shape2DFeatures.compute(roi, 0));
        assertEquals(0.5, f.get("original_shape2D_MeshSurface"), 1e-12);
        assertEquals(4 * Math.sqrt(0.5), f.get("original_shape2D_Perimeter"), 1e-12);
        assertEquals(1, f.get("original_shape2D_MaximumDiameter"), 1e-12);
        assertEquals(1, f.get("original_shape2D_PixelSurface"), 1e-12);
    }
}
