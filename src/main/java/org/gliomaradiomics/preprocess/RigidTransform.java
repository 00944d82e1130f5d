package org.gliomaradiomics.preprocess;

/**
 * A rigid transform parametrised as in ITK's Euler3DTransform: rotation angles (radians) about x, y and z,
 * applied as R = Rz · Ry · Rx about a fixed centre, then a translation: p -> R (p - c) + c + t (world mm, LPS).
 */
public record RigidTransform(double angleX, double angleY, double angleZ, double[] translation, double[] centre) {

    public RigidTransform {
        translation = translation.clone();
        centre = centre.clone();
    }

    /** The rotation matrix (row-major 3x3). */
    public static double[] rotation(double ax, double ay, double az) {
        double cx = Math.cos(ax), sx = Math.sin(ax), cy = Math.cos(ay), sy = Math.sin(ay), cz = Math.cos(az), sz = Math.sin(az);
        // Rz * Ry * Rx
        return new double[] {
            cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
            sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
            -sy, cy * sx, cy * cx};
    }

    public WorldTransform toWorldTransform() {
        return WorldTransform.centred(rotation(angleX, angleY, angleZ), centre, translation);
    }

    /** The rotation angle (degrees) of the linear part of a transform that should be a rotation, e.g. the
     * rotation of {@code a · b⁻¹} measures how far two rigid transforms differ. */
    public static double rotationAngleDegrees(double[] r) {
        double c = (r[0] + r[4] + r[8] - 1) / 2;
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }
}
