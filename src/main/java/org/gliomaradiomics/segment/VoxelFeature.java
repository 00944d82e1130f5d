package org.gliomaradiomics.segment;

/** Voxel features of the 3D classifier, computed per sequence (and per scale, except intensity). */
public enum VoxelFeature {
    /** The voxel's own value (no scale). */
    INTENSITY("intensity", 1, false),
    /** Gaussian smoothing with σ = scale. */
    GAUSSIAN("gauss", 1, true),
    /** |∇(G_σ * I)| per mm (central differences of the smoothed image). */
    GRADIENT_MAGNITUDE("gradient", 1, true),
    /** Laplacian of the smoothed image, per mm² (central differences). */
    LAPLACIAN("log", 1, true),
    /** Eigenvalues of the Hessian of the smoothed image (central differences), smallest first. */
    HESSIAN_EIGENVALUES("hessian", 3, true),
    /** Mean over a box of half-width ≈ scale (mm) on each axis. */
    LOCAL_MEAN("mean", 1, true),
    /** Variance over the same box. */
    LOCAL_VARIANCE("variance", 1, true);

    public final String shortName;
    public final int outputs;
    public final boolean scaled;

    VoxelFeature(String shortName, int outputs, boolean scaled) {
        this.shortName = shortName;
        this.outputs = outputs;
        this.scaled = scaled;
    }

    /** By enum name or short name, case-insensitive. */
    public static VoxelFeature of(String name) {
        for (VoxelFeature f : values())
            if (f.name().equalsIgnoreCase(name.trim()) || f.shortName.equalsIgnoreCase(name.trim())) return f;
        throw new IllegalArgumentException("unknown voxel feature '" + name + "'; known: " + java.util.Arrays.toString(values()));
    }
}
