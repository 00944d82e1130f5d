package org.gliomaradiomics.features;

import java.util.EnumSet;
import java.util.Set;

/**
 * Choices that change feature values (not preprocessing, which happens before {@link RoiData} is built).
 * Defaults are the IBSI 1 digital-phantom settings. Mutable while being configured; families only read it.
 */
public final class FeatureSettings {
    /** Texture aggregation dimensionalities to compute. */
    public enum Dimension { D2, D2_5, D3 }

    public Set<Dimension> dimensions = EnumSet.allOf(Dimension.class);
    /** Texture settings (distances, symmetry, NGLDM alpha, ...). */
    public TextureSettings texture = new TextureSettings();
    /** Radius of the local-intensity sphere in mm (1 cm^3). */
    public double localIntensityRadiusMm = 6.2035049089940;

    public FeatureSettings copy() {
        FeatureSettings c = new FeatureSettings();
        c.dimensions = dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
        c.texture = texture.copy();
        c.localIntensityRadiusMm = localIntensityRadiusMm;
        return c;
    }
}
