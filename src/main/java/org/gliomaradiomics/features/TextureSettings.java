package org.gliomaradiomics.features;

/**
 * Settings of the texture families, immutable (IBSI 1 defaults: {@link #DEFAULTS}).
 *
 * @param distance Chebyshev neighbourhood distance (GLCM, NGTDM, NGLDM)
 * @param glcmSymmetric GLCM symmetric (co-occurrences counted both ways)
 * @param ngldmAlpha NGLDM coarseness parameter alpha
 */
public record TextureSettings(int distance, boolean glcmSymmetric, int ngldmAlpha) {
    public static final TextureSettings DEFAULTS = new TextureSettings(1, true, 0);

    public TextureSettings withDistance(int d) {
        return new TextureSettings(d, glcmSymmetric, ngldmAlpha);
    }

    public TextureSettings withGlcmSymmetric(boolean symmetric) {
        return new TextureSettings(distance, symmetric, ngldmAlpha);
    }

    public TextureSettings withNgldmAlpha(int alpha) {
        return new TextureSettings(distance, glcmSymmetric, alpha);
    }
}
