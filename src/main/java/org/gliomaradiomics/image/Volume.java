package org.gliomaradiomics.image;

import java.util.Arrays;

/**
 * A 3D scalar volume: voxel values (x fastest, then y, then z) on a {@link Geometry}. Label maps are volumes
 * with an integer {@link DataType}. The voxel array is shared, not copied: views (ImageJ, ImgLib2) wrap it.
 */
public final class Volume {
    private final Geometry geometry;
    private final double[] voxels;
    private final DataType type;

    public Volume(Geometry geometry, double[] voxels, DataType type) {
        if (voxels.length != geometry.voxelCount())
            throw new IllegalArgumentException("voxel array has " + voxels.length + " values, grid " + geometry.sizeString() + " needs " + geometry.voxelCount());
        this.geometry = geometry;
        this.voxels = voxels;
        this.type = type;
    }

    public static Volume zeros(Geometry g, DataType type) {
        if (g.voxelCount() > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("volume too large: " + g.sizeString());
        return new Volume(g, new double[(int) g.voxelCount()], type);
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The live voxel array (not a copy). */
    public double[] voxels() {
        return voxels;
    }

    public DataType type() {
        return type;
    }

    public int nx() { return geometry.nx; }
    public int ny() { return geometry.ny; }
    public int nz() { return geometry.nz; }

    public double get(int x, int y, int z) {
        return voxels[geometry.index(x, y, z)];
    }

    public void set(int x, int y, int z, double v) {
        voxels[geometry.index(x, y, z)] = v;
    }

    public Volume withGeometry(Geometry g) {
        return new Volume(g, voxels, type);
    }

    public Volume withType(DataType t) {
        return new Volume(geometry, voxels, t);
    }

    public Volume copy() {
        return new Volume(geometry, voxels.clone(), type);
    }

    /** Sorted distinct non-zero values, for label maps. */
    public int[] labels() {
        return Arrays.stream(voxels).filter(v -> v != 0).mapToInt(v -> (int) Math.round(v)).distinct().sorted().toArray();
    }

    /** A 0/1 mask of the voxels equal to {@code label}. */
    public boolean[] maskOf(int label) {
        boolean[] m = new boolean[voxels.length];
        for (int i = 0; i < m.length; i++) m[i] = voxels[i] == label;
        return m;
    }

    @Override
    public String toString() {
        return "Volume[" + type + ", " + geometry + "]";
    }
}
