package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.type.numeric.real.DoubleType;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private static Volume phantom() throws Exception {
        return ImageIO.read(NiftiIOTest.phantom());
    }

    @Test
    void imagePlusIs16BitWithCalibration() throws Exception {
        Volume v = phantom();
        ImagePlus imp = ImagePlusViews.toImagePlus(v, "phantom");
        assertEquals(16, imp.getBitDepth());
        assertEquals(4, imp.getStackSize());
        assertEquals(2, imp.getCalibration().pixelWidth, 0.0);
        assertEquals(2, imp.getCalibration().pixelDepth, 0.0);
        assertEquals("mm", imp.getCalibration().getUnit());
        imp.setSlice(3);
        assertEquals(v.get(2, 1, 2), imp.getProcessor().getPixelValue(2, 1), 0.0);
        Volume back = ImagePlusViews.fromImagePlus(imp);
        assertArrayEquals(v.voxels(), back.voxels(), 0.0);
        assertEquals(DataType.UINT16, back.type());
        assertArrayEquals(v.geometry().spacing(), back.geometry().spacing(), 0.0);
    }

    @Test
    void negativeOrFloatValuesGive32Bit() {
        Volume v = new Volume(new Geometry(2, 1, 1, new double[] {1, 1, 1}, new double[] {-3, 4, 5}, Geometry.identity()),
            new double[] {-1, 2.5}, DataType.FLOAT32);
        ImagePlus imp = ImagePlusViews.toImagePlus(v, "f");
        assertEquals(32, imp.getBitDepth());
        assertEquals(3, imp.getCalibration().xOrigin, 0.0); // ImageJ: world = (x - xOrigin) * pixelWidth
        Volume back = ImagePlusViews.fromImagePlus(imp);
        assertArrayEquals(new double[] {-1, 2.5}, back.voxels(), 0.0);
        assertArrayEquals(new double[] {-3, 4, 5}, back.geometry().origin(), 0.0);
    }

    @Test
    void signed16BitCalibrationGivesInt16() {
        ImageStack stack = new ImageStack(2, 1);
        stack.addSlice(null, new short[] {0, (short) 40000});
        ImagePlus imp = new ImagePlus("s", stack);
        imp.getCalibration().setSigned16BitCalibration(); // value = raw - 32768
        Volume v = ImagePlusViews.fromImagePlus(imp);
        assertEquals(DataType.INT16, v.type());
        assertArrayEquals(new double[] {-32768, 40000 - 32768}, v.voxels(), 0.0);
    }

    @Test
    void rgbIsRefused() {
        ImagePlus rgb = new ImagePlus("rgb", new ij.process.ColorProcessor(2, 2));
        assertThrows(IllegalArgumentException.class, () -> ImagePlusViews.fromImagePlus(rgb));
    }

    @Test
    void imgLib2ViewSharesTheArray() throws Exception {
        Volume v = phantom();
        RandomAccessibleInterval<DoubleType> img = ImgLib2Views.wrap(v);
        assertArrayEquals(new long[] {5, 4, 4}, img.dimensionsAsLongArray());
        @SuppressWarnings("unchecked")
        ArrayImg<DoubleType, DoubleArray> array = (ArrayImg<DoubleType, DoubleArray>) img;
        assertSame(v.voxels(), array.update(null).getCurrentStorageArray());
        RandomAccess<DoubleType> ra = img.randomAccess();
        ra.setPosition(new long[] {4, 3, 2});
        assertEquals(v.get(4, 3, 2), ra.get().get(), 0.0);
        ra.get().set(42);
        assertEquals(42, v.get(4, 3, 2), 0.0);
    }
}
