package org.gliomaradiomics.image;

import java.util.Arrays;

/**
 * The voxel grid of a volume: size, spacing, origin and direction cosines, in world coordinates of the LPS
 * convention (DICOM, ITK, NRRD "left-posterior-superior"). The world position of voxel index (i, j, k) is
 * {@code origin + D * diag(spacing) * (i, j, k)}, where the columns of the 3x3 matrix D (stored row-major) are
 * the unit directions of the index axes, as in ITK. Immutable.
 */
public final class Geometry {
    public final int nx, ny, nz;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;

    public Geometry(int nx, int ny, int nz, double[] spacing, double[] origin, double[] direction) {
        if (nx <= 0 || ny <= 0 || nz <= 0) throw new IllegalArgumentException("dimensions must be positive: " + nx + "x" + ny + "x" + nz);
        if (spacing.length != 3 || origin.length != 3 || direction.length != 9) throw new IllegalArgumentException("spacing and origin need 3 values, direction 9");
        for (double s : spacing) if (!(s > 0) || Double.isInfinite(s)) throw new IllegalArgumentException("spacing must be positive and finite: " + Arrays.toString(spacing));
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
    }

    /** Axis-aligned grid at the origin with identity directions. */
    public static Geometry of(int nx, int ny, int nz, double sx, double sy, double sz) {
        return new Geometry(nx, ny, nz, new double[] {sx, sy, sz}, new double[3], identity());
    }

    public static double[] identity() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    public long voxelCount() {
        return (long) nx * ny * nz;
    }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    public double[] spacing() {
        return spacing.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    public double[] origin() {
        return origin.clone();
    }

    /** Row-major 3x3 direction matrix; column c is the world direction of index axis c. */
    public double[] direction() {
        return direction.clone();
    }

    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /** World (LPS, mm) coordinates of a continuous index position. */
    public double[] world(double i, double j, double k) {
        double a = i * spacing[0], b = j * spacing[1], c = k * spacing[2];
        return new double[] {
            origin[0] + direction[0] * a + direction[1] * b + direction[2] * c,
            origin[1] + direction[3] * a + direction[4] * b + direction[5] * c,
            origin[2] + direction[6] * a + direction[7] * b + direction[8] * c};
    }

    /** Continuous index of a world (LPS, mm) point; inverse of {@link #world}. */
    public double[] index(double[] p) {
        double[] inv = Matrix3.inverse(direction);
        double dx = p[0] - origin[0], dy = p[1] - origin[1], dz = p[2] - origin[2];
        return new double[] {
            (inv[0] * dx + inv[1] * dy + inv[2] * dz) / spacing[0],
            (inv[3] * dx + inv[4] * dy + inv[5] * dz) / spacing[1],
            (inv[6] * dx + inv[7] * dy + inv[8] * dz) / spacing[2]};
    }

    public Geometry withSize(int nx, int ny, int nz) {
        return new Geometry(nx, ny, nz, spacing, origin, direction);
    }

    public Geometry withSpacing(double[] newSpacing) {
        return new Geometry(nx, ny, nz, newSpacing, origin, direction);
    }

    public Geometry withOrigin(double[] newOrigin) {
        return new Geometry(nx, ny, nz, spacing, newOrigin, direction);
    }

    public boolean sameSize(Geometry o) {
        return nx == o.nx && ny == o.ny && nz == o.nz;
    }

    /** Same size, and spacing, origin and direction equal within {@code tolerance} (mm, or unitless for
     * directions). */
    public boolean sameGrid(Geometry o, double tolerance) {
        return sameSize(o) && close(spacing, o.spacing, tolerance) && close(origin, o.origin, tolerance)
            && close(direction, o.direction, tolerance);
    }

    private static boolean close(double[] a, double[] b, double tol) {
        for (int i = 0; i < a.length; i++) if (!(Math.abs(a[i] - b[i]) <= tol)) return false;
        return true;
    }

    /** A one-line description of where two grids differ, for error messages. */
    public String describeDifference(Geometry o) {
        if (!sameSize(o)) return "size " + sizeString() + " vs " + o.sizeString();
        if (!close(spacing, o.spacing, 1e-4)) return "spacing " + Arrays.toString(spacing) + " vs " + Arrays.toString(o.spacing);
        if (!close(origin, o.origin, 1e-3)) return "origin " + Arrays.toString(origin) + " vs " + Arrays.toString(o.origin);
        if (!close(direction, o.direction, 1e-4)) return "direction " + Arrays.toString(direction) + " vs " + Arrays.toString(o.direction);
        return "none";
    }

    public String sizeString() {
        return nx + "x" + ny + "x" + nz;
    }

    @Override
    public String toString() {
        return "Geometry[" + sizeString() + ", spacing " + Arrays.toString(spacing) + ", origin " + Arrays.toString(origin)
            + ", direction " + Arrays.toString(direction) + "]";
    }
}
