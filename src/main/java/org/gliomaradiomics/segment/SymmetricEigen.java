package org.gliomaradiomics.segment;

/** Closed-form eigenvalues of a symmetric 3x3 matrix (trigonometric solution of the characteristic cubic). */
final class SymmetricEigen {
    private SymmetricEigen() {}

    /** Eigenvalues of [[xx,xy,xz],[xy,yy,yz],[xz,yz,zz]] into {@code out}, smallest first. */
    static void eigenvalues(double xx, double yy, double zz, double xy, double xz, double yz, double[] out) {
        double p1 = xy * xy + xz * xz + yz * yz;
        double q = (xx + yy + zz) / 3;
        double p2 = (xx - q) * (xx - q) + (yy - q) * (yy - q) + (zz - q) * (zz - q) + 2 * p1;
        if (p1 == 0) { // diagonal
            sort3(xx, yy, zz, out);
            return;
        }
        double p = Math.sqrt(p2 / 6);
        double bxx = (xx - q) / p, byy = (yy - q) / p, bzz = (zz - q) / p, bxy = xy / p, bxz = xz / p, byz = yz / p;
        double det = bxx * (byy * bzz - byz * byz) - bxy * (bxy * bzz - byz * bxz) + bxz * (bxy * byz - byy * bxz);
        double r = Math.max(-1, Math.min(1, det / 2));
        double phi = Math.acos(r) / 3;
        double largest = q + 2 * p * Math.cos(phi);
        double smallest = q + 2 * p * Math.cos(phi + 2 * Math.PI / 3);
        out[0] = smallest;
        out[1] = 3 * q - largest - smallest;
        out[2] = largest;
    }

    private static void sort3(double a, double b, double c, double[] out) {
        double lo = Math.min(a, Math.min(b, c)), hi = Math.max(a, Math.max(b, c));
        out[0] = lo;
        out[1] = a + b + c - lo - hi;
        out[2] = hi;
    }
}
