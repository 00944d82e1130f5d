package org.gliomaradiomics.features.shape;

import java.util.Arrays;
import org.gliomaradiomics.mask.ConvexHull3D;

/**
 * Convex hull of a mesh's vertices: its volume (mm^3), area (mm^2) and the largest vertex distance (mm), the maximum
 * 3D diameter of IBSI and PyRadiomics alike. A vertex strictly between two others on a grid line along x, y or z
 * cannot be a hull vertex, so only vertices extreme on all three of their lines enter the hull computation.
 */
public record MeshHull(double volume, double area, double maxDiameter) {
    /** The hull of the mesh's vertices for voxel spacing (sx, sy, sz) mm; the mesh must span a volume. */
    public static MeshHull of(TriangleMesh mesh, double sx, double sy, double sz) {
        int[] b = mesh.bounds();
        int gx = b[3] - b[0] + 1, gy = b[4] - b[1] + 1, gz = b[5] - b[2] + 1;
        int[] xMin = filled(gy * gz, Integer.MAX_VALUE), xMax = filled(gy * gz, Integer.MIN_VALUE);
        int[] yMin = filled(gx * gz, Integer.MAX_VALUE), yMax = filled(gx * gz, Integer.MIN_VALUE);
        int[] zMin = filled(gx * gy, Integer.MAX_VALUE), zMax = filled(gx * gy, Integer.MIN_VALUE);
        int nv = mesh.vertexCount();
        for (int v = 0; v < nv; v++) {
            int x = mesh.x(v) - b[0], y = mesh.y(v) - b[1], z = mesh.z(v) - b[2];
            int kx = y + gy * z, ky = x + gx * z, kz = x + gx * y;
            xMin[kx] = Math.min(xMin[kx], x); xMax[kx] = Math.max(xMax[kx], x);
            yMin[ky] = Math.min(yMin[ky], y); yMax[ky] = Math.max(yMax[ky], y);
            zMin[kz] = Math.min(zMin[kz], z); zMax[kz] = Math.max(zMax[kz], z);
        }
        int count = 0;
        int[] keep = new int[nv];
        for (int v = 0; v < nv; v++) {
            int x = mesh.x(v) - b[0], y = mesh.y(v) - b[1], z = mesh.z(v) - b[2];
            int kx = y + gy * z, ky = x + gx * z, kz = x + gx * y;
            if ((x == xMin[kx] || x == xMax[kx]) && (y == yMin[ky] || y == yMax[ky]) && (z == zMin[kz] || z == zMax[kz]))
                keep[count++] = v;
        }
        long[] px = new long[count], py = new long[count], pz = new long[count];
        for (int k = 0; k < count; k++) {
            px[k] = mesh.x(keep[k]);
            py[k] = mesh.y(keep[k]);
            pz[k] = mesh.z(keep[k]);
        }
        int[] faces = ConvexHull3D.hull(px, py, pz);
        double hx = sx / 2, hy = sy / 2, hz = sz / 2;
        long six = 0;
        double area = 0;
        boolean[] isVertex = new boolean[count];
        for (int f = 0; f < faces.length; f += 3) {
            int p = faces[f], q = faces[f + 1], r = faces[f + 2];
            isVertex[p] = isVertex[q] = isVertex[r] = true;
            six += px[p] * (py[q] * pz[r] - pz[q] * py[r]) + py[p] * (pz[q] * px[r] - px[q] * pz[r]) + pz[p] * (px[q] * py[r] - py[q] * px[r]);
            double ux = (px[q] - px[p]) * hx, uy = (py[q] - py[p]) * hy, uz = (pz[q] - pz[p]) * hz;
            double wx = (px[r] - px[p]) * hx, wy = (py[r] - py[p]) * hy, wz = (pz[r] - pz[p]) * hz;
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            area += Math.sqrt(nx * nx + ny * ny + nz * nz) / 2;
        }
        long[] hullX = new long[count], hullY = new long[count], hullZ = new long[count];
        int h = 0;
        for (int k = 0; k < count; k++)
            if (isVertex[k]) {
                hullX[h] = px[k];
                hullY[h] = py[k];
                hullZ[h++] = pz[k];
            }
        return new MeshHull(Math.abs(six) / 6.0 * hx * hy * hz, area, FarthestPair.hullDiameter(hullX, hullY, hullZ, h, hx, hy, hz));
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
