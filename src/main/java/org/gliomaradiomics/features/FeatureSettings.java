package org.gliomaradiomics.features;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Choices that change feature values (not preprocessing, which happens before {@link RoiData} is built), immutable.
 * Defaults ({@link #defaults()}) are the IBSI 1 digital-phantom settings; change a copy with {@link #toBuilder()}.
 *
 * @param dimensions texture aggregation dimensionalities to compute
 * @param texture texture settings (distances, symmetry, NGLDM alpha, ...)
 * @param localIntensityRadiusMm radius of the local-intensity sphere in mm (default: 1 cm^3)
 * @param surface which surface the morphology family measures volume and area on
 */
public record FeatureSettings(Set<Dimension> dimensions, TextureSettings texture, double localIntensityRadiusMm, Surface surface) {
    /** Texture aggregation dimensionalities. */
    public enum Dimension { D2, D2_5, D3 }

    /** Which surface the morphology family measures volume and area on. */
    public enum Surface {
        /** IBSI: marching cubes on the binary mask (area of the voxel staircase, ~8 % above a smooth object's). */
        MESH,
        /** Not IBSI: {@link org.gliomaradiomics.features.shape.SmoothSurface}, volume = voxel counting volume. */
        SMOOTH
    }

    public FeatureSettings {
        dimensions = Collections.unmodifiableSet(dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions));
    }

    public static FeatureSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().dimensions(dimensions).texture(texture).localIntensityRadiusMm(localIntensityRadiusMm).surface(surface);
    }

    /** Mutable holder of the settings being built, with the IBSI 1 defaults; one setter per component. */
    public static final class Builder {
        private Set<Dimension> dimensions = EnumSet.allOf(Dimension.class);
        private TextureSettings texture = TextureSettings.DEFAULTS;
        private double localIntensityRadiusMm = 6.2035049089940;
        private Surface surface = Surface.MESH;

        private Builder() {}

        public FeatureSettings build() {
            return new FeatureSettings(dimensions, texture, localIntensityRadiusMm, surface);
        }

        public Builder dimensions(Set<Dimension> v) { dimensions = v; return this; }
        public Builder texture(TextureSettings v) { texture = v; return this; }
        public Builder localIntensityRadiusMm(double v) { localIntensityRadiusMm = v; return this; }
        public Builder surface(Surface v) { surface = v; return this; }

        /** The texture settings being built (to change one of them). */
        public TextureSettings texture() { return texture; }
    }
}
