package org.gliomaradiomics.features.pyradiomics;

import java.util.List;
import org.gliomaradiomics.features.PrincipalAxes;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.shape.FarthestPair;
import org.gliomaradiomics.features.shape.MarchingCubes;
import org.gliomaradiomics.features.shape.TriangleMesh;

/** PyRadiomics shape (3D): the marching-cubes mesh of the mask (cropped to its box, padded by one voxel) with
 * PyRadiomics' case table ({@link MarchingCubesTable}), diameters over the mesh vertices, PCA axes of the voxel
 * centres (population covariance). */
final class ShapeFeatures {
    private ShapeFeatures() {}

    static FeatureMap compute(RoiData roi) {
        double sx = roi.sx, sy = roi.sy, sz = roi.sz;
        TriangleMesh mesh = MarchingCubes.mesh(roi.morphMask, roi.nx, roi.ny, roi.nz, MarchingCubesTable.CASES);
        double volume = mesh.volume(sx, sy, sz, -2, -2, -2), area = mesh.area(sx, sy, sz); // apex: voxel (-1, -1, -1)
        double[] diam = FarthestPair.meshDiameters(mesh, sx, sy, sz);
        double[] eig = PrincipalAxes.variances(roi, new int[] {2, 1, 0}, false);
        FeatureMap f = new FeatureMap("shape", List.of("Compactness1", "Compactness2", "SphericalDisproportion"));
        f.put("MeshVolume", volume);
        f.put("VoxelVolume", roi.morphCount() * sx * sy * sz);
        f.put("SurfaceArea", area);
        f.put("SurfaceVolumeRatio", area / volume);
        double sphere = Math.cbrt(36 * Math.PI * volume * volume);
        f.put("Sphericity", sphere / area);
        f.put("Compactness1", volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)));
        f.put("Compactness2", 36 * Math.PI * volume * volume / (area * area * area));
        f.put("SphericalDisproportion", area / sphere);
        f.put("Maximum3DDiameter", diam[3]);
        f.put("Maximum2DDiameterSlice", diam[0]);
        f.put("Maximum2DDiameterColumn", diam[1]);
        f.put("Maximum2DDiameterRow", diam[2]);
        f.put("MajorAxisLength", 4 * Math.sqrt(eig[2]));
        f.put("MinorAxisLength", 4 * Math.sqrt(eig[1]));
        f.put("LeastAxisLength", 4 * Math.sqrt(eig[0]));
        f.put("Elongation", Math.sqrt(eig[1] / eig[2]));
        f.put("Flatness", Math.sqrt(eig[0] / eig[2]));
        return f;
    }
}
