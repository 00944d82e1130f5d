package org.gliomaradiomics.features.filters;

import org.gliomaradiomics.image.Volume;

/** A convolutional filter: returns a response map (FLOAT64 values) on the input's geometry; the input is not changed. */
public interface ImageFilter {
    Volume apply(Volume in);
}
