package org.gliomaradiomics.filters;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/** IBSI 2 mean filter: the average over a cube (3D) or square (2D, per axial slice) of {@code support} voxels a side. */
public final class MeanFilter implements ImageFilter {
    private final int support;
    private final Dimensionality dimensionality;
    private final Padding padding;

    public MeanFilter(int support, Dimensionality dimensionality, Padding padding) {
        ResponseMaps.requireOdd("mean filter support", support);
        this.support = support;
        this.dimensionality = dimensionality;
        this.padding = padding;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        Volume out = ResponseMaps.wrap(in, mean(in.voxels(), ResponseMaps.dims(in), support, dimensionality, padding));
        progress.accept(1);
        return out;
    }

    /** The box mean of a flat array; also used for the Laws energy map. */
    static double[] mean(double[] values, int[] dims, int support, Dimensionality d, Padding padding) {
        double[] taps = new double[support];
        Arrays.fill(taps, 1.0 / support);
        Kernel1D box = Kernel1D.centred(taps);
        Kernel1D[] perAxis = new Kernel1D[3];
        for (int a = 0; a < d.axes; a++) perAxis[a] = box;
        return Convolution.separable(values, dims, perAxis, padding.extension());
    }

    @Override
    public String toString() {
        return "mean " + support + " voxels " + dimensionality + " " + padding;
    }
}
