package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.filters.Dimensionality;
import org.gliomaradiomics.filters.MeanFilter;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsExtractor;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsParams;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/** Voxel maps of filtered image types, against the region extractor on kernel-restricted masks and against filters. */
class ImageTypeVoxelMapsTest {
    private static Volume[] brain1() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        return new Volume[] {image, ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry())};
    }

    private static PyRadiomicsSettings py(String yaml) {
        return PyRadiomicsParams.fromYaml(new org.yaml.snakeyaml.Yaml().<Map<String, Object>>load(yaml));
    }

    /**
     * Under PyRadiomics conventions each image type is pre-processed as the extractor does (here: normalised, then
     * LoG or Square), so a map's value at a voxel equals the extractor's value on the kernel-restricted mask. Mean and
     * Maximum of raw values do not depend on binning; the whole image is filtered (preCrop off) in both.
     */
    @Test
    void pyRadiomicsImageTypesAreMappedAsTheExtractorComputesThem() throws Exception {
        Volume[] v = brain1();
        String yaml = "imageType:\n  Original: {}\n  LoG: {sigma: [2.0]}\n  Square: {}\nfeatureClass:\n  firstorder: [Mean, Maximum]\n"
            + "setting:\n  binWidth: 25\n  normalize: true\n  preCrop: false\n  minimumROIDimensions: 1\n";
        VoxelMapSettings base = VoxelMapSettings.builder().convention(VoxelMapSettings.Convention.PYRADIOMICS).families(Set.of("firstorder"))
            .familyFeatures(Map.of("firstorder", Set.of("Mean", "Maximum"))).pyradiomics(py(yaml)).build();
        Map<String, Volume> maps = new LinkedHashMap<>();
        List<Double> progress = new java.util.ArrayList<>();
        ImageTypeVoxelMaps.pyRadiomics(v[0], v[1], base, progress::add, (name, map) -> maps.put(name, map.copy())); // maps come in a reused volume
        assertEquals(List.of("original_firstorder_Maximum", "original_firstorder_Mean", "log-sigma-2-0-mm-3D_firstorder_Maximum",
            "log-sigma-2-0-mm-3D_firstorder_Mean", "square_firstorder_Maximum", "square_firstorder_Mean"), List.copyOf(maps.keySet()));
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-12);
        int compared = 0;
        for (int[] p : sample(v[1], 12)) {
            Map<String, Double> expected = new PyRadiomicsExtractor().extract(v[0], kernelMask(v[1], p), py(yaml));
            for (Map.Entry<String, Volume> m : maps.entrySet()) {
                double e = expected.get(m.getKey()), got = m.getValue().get(p[0], p[1], p[2]);
                assertEquals(e, got, 1e-6 * Math.max(1, Math.abs(e)), m.getKey() + " at " + java.util.Arrays.toString(p)); // float32 maps
                compared++;
            }
        }
        assertEquals(12 * 6, compared);
        Volume any = maps.get("log-sigma-2-0-mm-3D_firstorder_Mean");
        assertTrue(any.geometry().sameGrid(v[0].geometry(), 0));
        for (int i = 0; i < any.voxels().length; i++) assertEquals(v[1].voxels()[i] != 1, Double.isNaN(any.voxels()[i]), "voxel " + i);
    }

    /** IBSI conventions: a filtered type's maps are the maps of the filter's whole-image response. */
    @Test
    void ibsiFilteredTypesMapTheirResponses() throws Exception {
        Volume[] v = brain1();
        String yaml = "imageType:\n  Original: {}\n  Mean: {support: [3], dimensionality: 2D}\nfeatureClass:\n  intensity_statistics:\n"
            + "setting:\n  binWidth: 25\n";
        ExtractionParams params = ExtractionParams.from(ParamsFile.parseText(yaml.replaceAll("(?s)imageType:.*?(?=\\nfeatureClass)", "")),
            new org.yaml.snakeyaml.Yaml().<Map<String, Object>>load(yaml).get("imageType"), "test.yaml");
        VoxelMapSettings base = VoxelMapSettings.builder().families(Set.of("intensity_statistics")).features(Set.of("Mean"))
            .extraction(params.settings()).build();
        Map<String, Volume> maps = new LinkedHashMap<>();
        ImageTypeVoxelMaps.ibsi(v[0], v[1], 1, params.imageTypes(), base, null, (name, map) -> maps.put(name, map.copy())); // maps come in a reused volume
        assertEquals(List.of("original_intensity_statistics_Mean", "mean-3-2D_intensity_statistics_Mean"), List.copyOf(maps.keySet()));
        Volume response = new MeanFilter(3, Dimensionality.TWO_D, Padding.MIRROR).apply(v[0]);
        for (int[] p : sample(v[1], 20)) {
            double sum = 0;
            int n = 0;
            Volume k = kernelMask(v[1], p);
            for (int i = 0; i < k.voxels().length; i++) if (k.voxels()[i] == 1) { sum += response.voxels()[i]; n++; }
            assertEquals(sum / n, maps.get("mean-3-2D_intensity_statistics_Mean").get(p[0], p[1], p[2]), 1e-4 * Math.abs(sum / n));
        }
        VoxelMapSettings resegmented = base.toBuilder().extraction(base.extraction().toBuilder().resegmentationLower(0).build()).build();
        assertThrows(IllegalArgumentException.class, () -> ImageTypeVoxelMaps.ibsi(v[0], v[1], 1, params.imageTypes(), resegmented, null, (a, b) -> { }));
    }

    @Test
    void pyRadiomicsResamplingIsRefusedForMaps() throws Exception {
        Volume[] v = brain1();
        VoxelMapSettings base = VoxelMapSettings.builder().pyradiomics(py("setting:\n  resampledPixelSpacing: [1, 1, 1]\n")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageTypeVoxelMaps.pyRadiomics(v[0], v[1],
            base, null, (a, b) -> { }));
        assertTrue(e.getMessage().contains("resampledPixelSpacing"), e.getMessage());
    }

    /** The label-1 voxels within Chebyshev distance 1 of p. */
    private static Volume kernelMask(Volume mask, int[] p) {
        Volume k = Volume.zeros(mask.geometry(), DataType.UINT8);
        Geometry g = mask.geometry();
        for (int z = Math.max(0, p[2] - 1); z <= Math.min(g.nz - 1, p[2] + 1); z++)
            for (int y = Math.max(0, p[1] - 1); y <= Math.min(g.ny - 1, p[1] + 1); y++)
                for (int x = Math.max(0, p[0] - 1); x <= Math.min(g.nx - 1, p[0] + 1); x++)
                    if (mask.get(x, y, z) == 1) k.set(x, y, z, 1);
        return k;
    }

    private static List<int[]> sample(Volume mask, int count) {
        List<int[]> roi = new java.util.ArrayList<>();
        Geometry g = mask.geometry();
        for (int z = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++) if (mask.get(x, y, z) == 1) roi.add(new int[] {x, y, z});
        Random r = new Random(7);
        List<int[]> out = new java.util.ArrayList<>();
        for (int k = 0; k < count; k++) out.add(roi.get(r.nextInt(roi.size())));
        return out;
    }
}
