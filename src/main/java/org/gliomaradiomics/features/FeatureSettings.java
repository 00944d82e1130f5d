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

    /** Which surface the morphology family measures volume and area on. */
    public enum Surface {
        /** IBSI: marching cubes on the binary mask (area of the voxel staircase, ~8 % above a smooth object's). */
        MESH,
        /** Not IBSI: {@link org.gliomaradiomics.features.shape.SmoothSurface}, volume = voxel counting volume. */
        SMOOTH
    }

    public Surface surface = Surface.MESH;

    public FeatureSettings copy() {
        FeatureSettings c = new FeatureSettings();
        c.dimensions = dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
        c.texture = texture.copy();
        c.localIntensityRadiusMm = localIntensityRadiusMm;
        c.surface = surface;
        return c;
    }
}
