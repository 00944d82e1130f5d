package org.gliomaradiomics.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.junit.jupiter.api.Test;

class BratsRegionsTest {
    /** 10 voxels: 4 background, 1 necrosis, 3 oedema, 2 enhancing (label et). */
    private static Volume map(int et) {
        double[] v = {0, 0, 0, 0, 1, 2, 2, 2, et, et};
        return new Volume(Geometry.of(10, 1, 1, 1, 1, 1), v, DataType.UINT8);
    }

    @Test
    void regionsIn2017Convention() {
        Volume m = map(4);
        assertEquals(BratsRegions.Convention.BRATS_2017_2021, BratsRegions.detect(m).orElseThrow());
        assertEquals(6, Masks.count(BratsRegions.region(m, BratsRegions.Region.WHOLE_TUMOUR)));
        assertEquals(3, Masks.count(BratsRegions.region(m, BratsRegions.Region.TUMOUR_CORE)));
        assertEquals(2, Masks.count(BratsRegions.region(m, BratsRegions.Region.ENHANCING_TUMOUR)));
        assertTrue(BratsRegions.region(m, BratsRegions.Region.TUMOUR_CORE)[4]);
        assertFalse(BratsRegions.region(m, BratsRegions.Region.TUMOUR_CORE)[5]);
    }

    @Test
    void regionsIn2023Convention() {
        Volume m = map(3);
        assertEquals(BratsRegions.Convention.BRATS_2023, BratsRegions.detect(m).orElseThrow());
        assertEquals(6, Masks.count(BratsRegions.region(m, BratsRegions.Region.WHOLE_TUMOUR)));
        assertEquals(3, Masks.count(BratsRegions.region(m, BratsRegions.Region.TUMOUR_CORE)));
        assertEquals(2, Masks.count(BratsRegions.region(m, BratsRegions.Region.ENHANCING_TUMOUR)));
        // an explicit wrong convention finds no enhancing voxel
        assertEquals(0, Masks.count(BratsRegions.region(m, BratsRegions.Region.ENHANCING_TUMOUR, BratsRegions.Convention.BRATS_2017_2021)));
    }

    @Test
    void ambiguousAndInvalidMaps() {
        assertTrue(BratsRegions.detect(map(2)).isEmpty());
        double[] both = {3, 4};
        assertThrows(IllegalArgumentException.class, () -> BratsRegions.detect(new Volume(Geometry.of(2, 1, 1, 1, 1, 1), both, DataType.UINT8)));
        double[] other = {7};
        assertThrows(IllegalArgumentException.class, () -> BratsRegions.detect(new Volume(Geometry.of(1, 1, 1, 1, 1, 1), other, DataType.UINT8)));
    }

    @Test
    void relabelAndConvert() {
        Volume converted = BratsRegions.convert(map(4), BratsRegions.Convention.BRATS_2017_2021, BratsRegions.Convention.BRATS_2023);
        assertArrayEquals(map(3).voxels(), converted.voxels());
        Volume r = BratsRegions.relabel(map(4), Map.of(2, 0, 1, 7));
        assertArrayEquals(new double[] {0, 0, 0, 0, 7, 0, 0, 0, 4, 4}, r.voxels());
    }
}
