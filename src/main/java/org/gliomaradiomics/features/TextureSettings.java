package org.gliomaradiomics.features;

/** Settings of the texture families (IBSI 1 defaults). */
public final class TextureSettings {
    /** Chebyshev neighbourhood distance (GLCM, NGTDM, NGLDM). */
    public int distance = 1;
    /** GLCM symmetric (co-occurrences counted both ways). */
    public boolean glcmSymmetric = true;
    /** NGLDM coarseness parameter alpha. */
    public int ngldmAlpha = 0;

    public TextureSettings copy() {
        TextureSettings c = new TextureSettings();
        c.distance = distance;
        c.glcmSymmetric = glcmSymmetric;
        c.ngldmAlpha = ngldmAlpha;
        return c;
    }
}
