package org.gliomaradiomics.filters;

import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Volume;

/** A convolutional filter: returns a response map (FLOAT64 values) on the input's geometry; the input is not changed. */
public interface ImageFilter {
    /** Filters {@code in}, reporting the fraction done (0..1, last call 1) to {@code progress}. */
    Volume apply(Volume in, DoubleConsumer progress);

    default Volume apply(Volume in) {
        return apply(in, fraction -> { });
    }
}
