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
        // The hull as a mesh of its own vertices: volume and area as any mesh's, the diameter over its vertices.
        TriangleMesh hull = new TriangleMesh();
        int[] vertex = filled(count, -1);
        for (int p : faces) if (vertex[p] < 0) vertex[p] = hull.addVertex((int) px[p], (int) py[p], (int) pz[p]);
        for (int f = 0; f < faces.length; f += 3) hull.addTriangle(vertex[faces[f]], vertex[faces[f + 1]], vertex[faces[f + 2]]);
        return new MeshHull(hull.volume(sx, sy, sz), hull.area(sx, sy, sz), FarthestPair.hullDiameter(hull, sx, sy, sz));
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
