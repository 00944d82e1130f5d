package org.gliomaradiomics.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import java.util.Locale;

/**
 * Copies between a {@link Volume} and an ImageJ 1 {@link ImagePlus}. ImageJ keeps one primitive array per slice
 * and a volume one array for all, so a stack is copied slice by slice, but without conversion when the types agree
 * (16-bit ImageJ slices and UINT16 storage, 8-bit and UINT8, 32-bit and FLOAT32: one {@code System.arraycopy}
 * per slice, 2 or 4 bytes a voxel instead of 8). The ImageJ image is a copy: editing it leaves the volume as it was. ImageJ has no direction cosines: its calibration carries the spacing and, as
 * ImageJ's origin convention (world = (index - xOrigin) * pixelWidth), {@code xOrigin = -origin.x / spacing.x}
 * and likewise for y and z, which places voxel 0 at the volume's LPS origin along each index axis.
 */
public final class ImagePlusViews {
    private ImagePlusViews() {}

    /**
     * A 16-bit stack when the type is an integer type and every value lies in 0..65535, else a 32-bit float stack;
     * calibration with the spacing, unit "mm", and the origin as described in the class comment.
     */
    public static ImagePlus toImagePlus(Volume volume, String title) {
        Geometry g = volume.geometry();
        boolean sixteenBit = fitsUnsigned16(volume);
        int plane = g.nx * g.ny;
        Object stored = volume.storageArray();
        // ImageJ keeps one array per slice, the volume one array: slices of the same primitive type are copied
        // (System.arraycopy), other types are converted.
        boolean same = sixteenBit ? volume.storageType() == DataType.UINT16 : volume.storageType() == DataType.FLOAT32;
        ImageStack stack = new ImageStack(g.nx, g.ny);
        double[] row = same ? null : new double[plane];
        for (int z = 0; z < g.nz; z++) {
            int base = z * plane;
            Object px;
            if (same) {
                px = sixteenBit ? new short[plane] : new float[plane];
                System.arraycopy(stored, base, px, 0, plane);
            } else {
                volume.copyTo(base, row, 0, plane);
                if (sixteenBit) {
                    short[] p = new short[plane];
                    for (int i = 0; i < plane; i++) p[i] = (short) (int) row[i];
                    px = p;
                } else {
                    float[] p = new float[plane];
                    for (int i = 0; i < plane; i++) p[i] = (float) row[i];
                    px = p;
                }
            }
            stack.addSlice(null, px);
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = volume.size(); i < n; i++) {
            double x = volume.get(i);
            if (x < min) min = x;
            if (x > max) max = x;
        }
        ImagePlus imp = new ImagePlus(title, stack);
        Calibration cal = imp.getCalibration();
        double[] s = g.spacing(), o = g.origin();
        cal.pixelWidth = s[0];
        cal.pixelHeight = s[1];
        cal.pixelDepth = s[2];
        cal.setUnit("mm");
        cal.xOrigin = -o[0] / s[0];
        cal.yOrigin = -o[1] / s[1];
        cal.zOrigin = -o[2] / s[2];
        if (min <= max) imp.setDisplayRange(min, max);
        return imp;
    }

    static boolean fitsUnsigned16(Volume volume) {
        if (!volume.type().integer) return false;
        DataType s = volume.storageType();
        if (s == DataType.UINT16 || s == DataType.UINT8) return true;
        for (int i = 0, n = volume.size(); i < n; i++) {
            double x = volume.get(i);
            if (!(x >= 0 && x <= 65535)) return false;
        }
        return true;
    }

    /**
     * A volume from a single-channel, single-frame stack: 8-bit as UINT8, 16-bit as UINT16 (INT16 with ImageJ's
     * signed 16-bit calibration), 32-bit as FLOAT32; other value calibrations give FLOAT32 calibrated values.
     * Spacing from the calibration (converted to mm when the unit is a known length), origin as in the class
     * comment, identity directions.
     *
     * @throws IllegalArgumentException for RGB images and hyperstacks with several channels or frames
     */
    public static Volume fromImagePlus(ImagePlus imp) {
        if (imp.getNChannels() > 1 || imp.getNFrames() > 1)
            throw new IllegalArgumentException(imp.getTitle() + ": images with several channels or frames are not supported (" + imp.getNChannels() + " channels, " + imp.getNFrames() + " frames)");
        int depth = imp.getBitDepth();
        if (depth != 8 && depth != 16 && depth != 32) throw new IllegalArgumentException(imp.getTitle() + ": RGB images are not supported");
        ImageStack stack = imp.getStack();
        int nx = imp.getWidth(), ny = imp.getHeight(), nz = stack.getSize(), plane = nx * ny;
        Calibration cal = imp.getCalibration();
        boolean calibrated = depth != 32 && cal.calibrated();
        DataType type = depth == 8 ? DataType.UINT8 : depth == 16 ? DataType.UINT16 : DataType.FLOAT32;
        if (calibrated) type = depth == 16 && cal.isSigned16Bit() ? DataType.INT16 : DataType.FLOAT32;
        double[] lut = null;
        if (calibrated) {
            lut = new double[depth == 8 ? 256 : 65536];
            for (int i = 0; i < lut.length; i++) lut[i] = type.cast(cal.getCValue((double) i));
        }
        double[] spacing = spacing(cal);
        Geometry grid = new Geometry(nx, ny, nz, spacing, origin(cal, spacing), Geometry.identity());
        Volume volume = Volume.allocate(grid, type);
        Object stored = volume.storageArray();
        for (int z = 0; z < nz; z++) {
            Object px = stack.getPixels(z + 1);
            int base = z * plane;
            if (lut == null) {
                System.arraycopy(px, 0, stored, base, plane); // same primitive type: byte, short (UINT16) or float
            } else if (type == DataType.INT16) {
                short[] p = (short[]) px, out = (short[]) stored;
                for (int i = 0; i < plane; i++) out[base + i] = (short) lut[p[i] & 0xFFFF];
            } else {
                float[] out = (float[]) stored;
                if (px instanceof byte[] p) for (int i = 0; i < plane; i++) out[base + i] = (float) lut[p[i] & 0xFF];
                else for (int i = 0; i < plane; i++) out[base + i] = (float) lut[((short[]) px)[i] & 0xFFFF];
            }
        }
        return volume;
    }

    private static double[] spacing(Calibration cal) {
        double unit = millimetresPer(cal.getUnit());
        return new double[] {positive(cal.pixelWidth) * unit, positive(cal.pixelHeight) * unit, positive(cal.pixelDepth) * unit};
    }

    private static double[] origin(Calibration cal, double[] spacing) {
        return new double[] {-cal.xOrigin * spacing[0], -cal.yOrigin * spacing[1], -cal.zOrigin * spacing[2]};
    }

    private static double positive(double s) {
        double a = Math.abs(s);
        return Double.isFinite(a) && a > 0 ? a : 1;
    }

    /** Millimetres per calibration unit; 1 for "pixel" and unknown units. */
    static double millimetresPer(String unit) {
        if (unit == null) return 1;
        switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "cm": case "centimeter": case "centimetre": return 10;
            case "m": case "meter": case "metre": return 1000;
            case "\u00b5m": case "\u03bcm": case "um": case "micron": case "microns": case "micrometer": case "micrometre": return 1e-3;
            case "nm": case "nanometer": case "nanometre": return 1e-6;
            case "inch": case "inches": case "in": return 25.4;
            default: return 1;
        }
    }
}
