package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.table.Table;
import org.junit.jupiter.api.Test;

class LabelStatisticsTest {
    @Test
    void handCalculatedTwoLabels() {
        // 3x2x1 grid, spacing 0.5 x 2 x 3 mm, origin (10, 20, 30).
        Geometry g = new Geometry(3, 2, 1, new double[] {0.5, 2, 3}, new double[] {10, 20, 30}, Geometry.identity());
        Volume img = new Volume(g, new double[] {1, 2, 3, 4, 5, 6}, DataType.INT16);
        Volume lab = new Volume(g, new double[] {1, 1, 0, 2, 2, 2}, DataType.UINT8);
        Table t = LabelStatistics.compute(img, lab);
        assertEquals(2, t.rowCount());
        // label 1: voxels (0,0),(1,0) values 1,2: mean 1.5, sample sd sqrt(0.5), volume 2*3 mm3
        assertEquals(2.0, t.getDouble(0, "voxel_count"));
        assertEquals(6.0, t.getDouble(0, "volume_mm3"), 1e-12);
        assertEquals(1.5, t.getDouble(0, "mean"), 1e-12);
        assertEquals(Math.sqrt(0.5), t.getDouble(0, "std"), 1e-12);
        assertEquals(10.25, t.getDouble(0, "centroid_x_mm"), 1e-12);
        assertEquals(20.0, t.getDouble(0, "centroid_y_mm"), 1e-12);
        // label 2: values 4,5,6 at x=0..2, y=1: mean 5, sd 1, centroid x = 10 + 0.5, y = 22
        assertEquals(5.0, t.getDouble(1, "mean"), 1e-12);
        assertEquals(1.0, t.getDouble(1, "std"), 1e-12);
        assertEquals(4.0, t.getDouble(1, "min"));
        assertEquals(6.0, t.getDouble(1, "max"));
        assertEquals(10.5, t.getDouble(1, "centroid_x_mm"), 1e-12);
        assertEquals(22.0, t.getDouble(1, "centroid_y_mm"), 1e-12);
        assertEquals(2.0, t.getDouble(1, "bbox_max_x"));
    }

    @Test
    void emptyMaskIsAClearError() {
        Geometry g = Geometry.of(2, 1, 1, 1, 1, 1);
        Volume img = new Volume(g, new double[] {1, 2}, DataType.INT16);
        Volume lab = new Volume(g, new double[] {0, 0}, DataType.UINT8);
        assertThrows(IllegalArgumentException.class, () -> LabelStatistics.compute(img, lab));
    }
}
