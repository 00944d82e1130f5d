package org.gliomaradiomics.filters;

import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * IBSI 2 Laws filter: a product of 1D Laws kernels (first along x), optionally pooled over the right-angle
 * rotations of the grid, optionally turned into an energy map (mean of |response| over a (2 delta + 1) cube or
 * square, computed after pooling).
 */
public final class LawsFilter implements ImageFilter {
    private final Kernel1D[] kernels;
    private final String name;
    private final Dimensionality dimensionality;
    private final Padding padding;
    private final boolean rotationInvariant;
    private final Pooling pooling;
    private final int energyDelta;

    /** @param energyDelta neighbourhood half-width in voxels for the energy map, or a negative value for none */
    public LawsFilter(String kernel, Dimensionality dimensionality, Padding padding, boolean rotationInvariant, Pooling pooling, int energyDelta) {
        this.kernels = LawsKernels.parse(kernel);
        if (kernels.length != dimensionality.axes)
            throw new IllegalArgumentException("Laws kernel '" + kernel + "' has " + kernels.length + " factors but the filter is " + dimensionality.axes + "D");
        this.name = kernel;
        this.dimensionality = dimensionality;
        this.padding = padding;
        this.rotationInvariant = rotationInvariant;
        this.pooling = pooling;
        this.energyDelta = energyDelta;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = ResponseMaps.dims(in);
        double[] response = rotationInvariant
            ? RotationPooling.separable(in.voxels(), dims, kernels, dimensionality, padding, pooling, progress)
            : Convolution.separable(in.voxels(), dims, RightAngleRotations.Rotation.NONE.place(kernels), padding.extension());
        if (energyDelta >= 0)
            response = MeanFilter.mean(ResponseMaps.abs(response), dims, 2 * energyDelta + 1, dimensionality, padding);
        progress.accept(1);
        return ResponseMaps.wrap(in, response);
    }

    @Override
    public String toString() {
        return "Laws " + name;
    }
}
