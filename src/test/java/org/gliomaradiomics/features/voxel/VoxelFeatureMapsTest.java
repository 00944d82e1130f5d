package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.FeatureExtractor;
import org.gliomaradiomics.features.FeatureFamily;
import org.gliomaradiomics.features.FeatureRegistry;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.TextureSettings;
import org.gliomaradiomics.features.ExtractedFeature;
import org.gliomaradiomics.features.GlcmFamily;
import org.gliomaradiomics.features.RoiData;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsExtractor;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.parallel.Threads;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Map values at sampled ROI voxels against the existing feature code run on that voxel's kernel intersected with
 * the ROI, with the grey levels of the whole ROI: the IBSI glcm family on a hand-built kernel RoiData, the IBSI
 * extractor on a mask restricted to the kernel (bin lower bound fixed to the ROI's), and the PyRadiomics
 * extractor on an image of the kernel's grey levels plus isolated "anchor" voxels that give it the ROI's levels.
 */
class VoxelFeatureMapsTest {
    private static final double TOLERANCE = 1e-9;
    private static final int SAMPLES = 50;

    private static Volume[] brain1() throws Exception {
        Path dir = TestPaths.testImages().resolve("brain1");
        Volume image = ImageIO.read(dir.resolve("brain1_image.nrrd"));
        return new Volume[] {image, ImageIO.readMask(dir.resolve("brain1_label.nrrd"), image.geometry())};
    }

    private static Volume[] synthetic() {
        SyntheticRoi s = new SyntheticRoi(18, 7, 0.1, 7);
        return new Volume[] {s.image, s.mask};
    }

    private static VoxelMapSettings.Builder settings(VoxelMapSettings.Convention convention, double binWidth, String... families) {
        return VoxelMapSettings.builder().convention(convention).extraction(ExtractionSettings.builder().binWidth(binWidth).build())
            .families(new java.util.LinkedHashSet<>(List.of(families)));
    }

    @Test
    void ibsiGlcmMapsEqualTheGlcmFamilyOnEachKernelOfBrain1() throws Exception {
        Volume[] v = brain1();
        checkIbsiGlcm(v[0], v[1], 1, 25);
    }

    @Test
    void ibsiGlcmMapsEqualTheGlcmFamilyOnEachKernelOfASyntheticRoiWithRadius2() {
        Volume[] v = synthetic();
        checkIbsiGlcm(v[0], v[1], 2, 25);
    }

    @Test
    void asymmetricIbsiGlcmMapsAtDistance2EqualTheGlcmFamily() {
        Volume[] v = synthetic();
        checkIbsiGlcm(v[0], v[1], 2, 25, 2, false);
    }

    private static void checkIbsiGlcm(Volume image, Volume mask, int radius, double binWidth) {
        checkIbsiGlcm(image, mask, radius, binWidth, 1, true);
    }

    private static void checkIbsiGlcm(Volume image, Volume mask, int radius, double binWidth, int distance, boolean symmetric) {
        TextureSettings texture = new TextureSettings(distance, symmetric, 0);
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.IBSI, binWidth, "glcm").kernelRadius(radius)
            .extraction(ExtractionSettings.builder().binWidth(binWidth).features(FeatureSettings.builder().texture(texture).build()).build()).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        assertEquals(25, maps.size());
        GlobalLevels levels = new GlobalLevels(image, mask, s.extraction());
        FeatureSettings fs = FeatureSettings.builder().texture(texture).dimensions(EnumSet.of(FeatureSettings.Dimension.D3)).build();
        int compared = 0;
        for (int[] p : sample(mask, SAMPLES)) {
            Map<String, Double> expected = new HashMap<>();
            new GlcmFamily().compute(levels.kernel(p, radius), fs, (def, agg, value) -> {
                if (agg.equals("3D:mrg")) expected.put("original_glcm_" + def.name(), value);
            });
            assertEquals(25, expected.size());
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                assertClose(e.getValue(), maps.get(e.getKey()).get(p[0], p[1], p[2]), e.getKey() + " at " + java.util.Arrays.toString(p));
                compared++;
            }
        }
        assertEquals(SAMPLES * 25, compared);
    }

    @Test
    void pyRadiomicsGlcmMapsEqualThePyRadiomicsExtractorOnEachKernelOfBrain1() throws Exception {
        Volume[] v = brain1();
        checkPyRadiomicsGlcm(v[0], v[1], 1);
    }

    @Test
    void pyRadiomicsGlcmMapsEqualThePyRadiomicsExtractorOnEachKernelOfASyntheticRoi() {
        Volume[] v = synthetic();
        checkPyRadiomicsGlcm(v[0], v[1], 1);
    }

    @Test
    void pyRadiomicsGlcmMapsWithRadius2EqualThePyRadiomicsExtractor() {
        Volume[] v = synthetic();
        checkPyRadiomicsGlcm(v[0], v[1], 2);
    }

    private static void checkPyRadiomicsGlcm(Volume image, Volume mask, int radius) {
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, "glcm").kernelRadius(radius).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        assertEquals(24, maps.size());
        // PyRadiomics bins with edges on multiples of the bin width.
        ExtractionSettings ex = s.extraction().toBuilder().binLowerBound(Math.floor(roiMinimum(image, mask) / 25) * 25).build();
        GlobalLevels levels = new GlobalLevels(image, mask, ex);
        int compared = 0, unconverged = 0;
        for (int[] p : sample(mask, SAMPLES)) {
            RoiData k = levels.kernel(p, radius);
            Map<String, Double> expected;
            if (!hasNeighbourPair(k)) {
                // An isolated voxel: every direction is empty; PyRadiomics' nanmean gives NaN (our extractor throws).
                assertTrue(Double.isNaN(maps.get("original_glcm_Contrast").get(p[0], p[1], p[2])));
                continue;
            }
            try {
                expected = new PyRadiomicsExtractor().extract(anchoredLevelImage(k, levels.presentLevels()),
                    anchoredMask(k, levels.presentLevels()), pyRadiomicsGlcmWithoutMcc());
            } catch (MaxCountExceededException e) {
                // The extractor always computes MCC, and its general eigen-solver fails on some matrices with
                // zero rows (levels of the ROI absent from a direction's pairs): no reference for this voxel.
                unconverged++;
                continue;
            }
            assertEquals(23, expected.size());
            expected.put("original_glcm_MCC", DirectMcc.of(k, levels.presentLevels()));
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                assertClose(e.getValue(), maps.get(e.getKey()).get(p[0], p[1], p[2]), e.getKey() + " at " + java.util.Arrays.toString(p));
                compared++;
            }
        }
        assertTrue(compared >= 30 * 24, "compared " + compared + " values; the extractor failed on " + unconverged + " kernels");
    }

    @Test
    void pyRadiomicsFirstOrderMapsEqualThePyRadiomicsExtractorOnAKernelRestrictedMaskOfBrain1() throws Exception {
        Volume[] v = brain1();
        checkPyRadiomicsFirstOrder(v[0], v[1], 1);
    }

    @Test
    void pyRadiomicsFirstOrderMapsEqualThePyRadiomicsExtractorOnAKernelRestrictedMaskOfASyntheticRoi() {
        Volume[] v = synthetic();
        checkPyRadiomicsFirstOrder(v[0], v[1], 2);
    }

    /** PyRadiomics' bin edges are multiples of the bin width whatever the ROI, so binning the kernel alone puts
     * each voxel in the same bin as binning the whole ROI: the extractor on the kernel is an exact reference. */
    private static void checkPyRadiomicsFirstOrder(Volume image, Volume mask, int radius) {
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, "firstorder").kernelRadius(radius).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        assertEquals(18, maps.size());
        PyRadiomicsSettings py = PyRadiomicsSettings.builder().disableAllClasses().binWidth(25).minimumROIDimensions(1).enableClass("firstorder").build();
        int compared = 0;
        for (int[] p : sample(mask, SAMPLES)) {
            Map<String, Double> expected = new PyRadiomicsExtractor().extract(image, kernelMask(mask, p, radius), py);
            assertEquals(18, expected.size());
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                assertClose(e.getValue(), maps.get(e.getKey()).get(p[0], p[1], p[2]), e.getKey() + " at " + java.util.Arrays.toString(p));
                compared++;
            }
        }
        assertEquals(SAMPLES * 18, compared);
    }

    /**
     * PyRadiomics bins the maps as numpy does: edges numpy.arange(0.2, 0.6, 0.1) = [0.2, 0.30000000000000004,
     * 0.4000000000000001, ...] put 0.3 and 0.4 in bins 1 and 2 (numpy.digitize, checked with numpy), where
     * floor((x - 0.2) / 0.1) + 1 would give 0.4 level 3. Two neighbours of levels 1 and 2: GLCM Contrast 1, not 4.
     */
    @Test
    void pyRadiomicsMapsBinByNumpyEdges() {
        Geometry g = Geometry.of(2, 1, 1, 1, 1, 1);
        Volume image = new Volume(g, new double[] {0.3, 0.4}, DataType.FLOAT64), mask = new Volume(g, new double[] {1, 1}, DataType.UINT8);
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 0.1, "glcm").features(Set.of("Contrast")).build();
        Volume contrast = VoxelFeatureMaps.compute(image, mask, 1, s, null).get("original_glcm_Contrast");
        assertEquals(1, contrast.get(0, 0, 0), 1e-12);
        assertEquals(1, contrast.get(1, 0, 0), 1e-12);
    }

    @Test
    void pyRadiomicsGldmGlrlmGlszmNgtdmMapsEqualThePyRadiomicsExtractorOnAKernelRestrictedMaskOfBrain1() throws Exception {
        Volume[] v = brain1();
        checkPyRadiomicsKernelClasses(v[0], v[1], 1, PyRadiomicsSettings.builder().disableAllClasses());
    }

    @Test
    void pyRadiomicsTextureMapsHonourGldmAlphaAndWeightingWithRadius2() {
        Volume[] v = synthetic();
        PyRadiomicsSettings.Builder py = PyRadiomicsSettings.builder().disableAllClasses().gldmA(1).weightingNorm(PyRadiomicsSettings.WeightingNorm.EUCLIDEAN);
        checkPyRadiomicsKernelClasses(v[0], v[1], 2, py);
    }

    /**
     * Maps use grey levels binned over the whole ROI; the extractor run on a kernel-restricted mask bins from the
     * kernel's own minimum. The two agree when the kernel holds a voxel of the ROI's lowest bin, so every other
     * x column of the ROI is set to the ROI minimum and only kernels that hold such a voxel are compared.
     */
    private static void checkPyRadiomicsKernelClasses(Volume original, Volume mask, int radius, PyRadiomicsSettings.Builder py) {
        Volume image = everyOtherColumnAtRoiMinimum(original, mask);
        double minimum = roiMinimum(image, mask);
        String[] classes = {"gldm", "glrlm", "glszm", "ngtdm"};
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, classes).kernelRadius(radius).pyradiomics(py.build()).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        assertEquals(14 + 16 + 16 + 5, maps.size());
        py.binWidth(25).minimumROIDimensions(1).disableAllClasses();
        for (String c : classes) py.enableClass(c);
        PyRadiomicsSettings whole = py.build();
        int compared = 0, kernels = 0;
        for (int[] p : sample(mask, 40)) {
            Volume kernel = kernelMask(mask, p, radius);
            if (roiMinimum(image, kernel) != minimum) continue;
            kernels++;
            Map<String, Double> expected = new PyRadiomicsExtractor().extract(image, kernel, whole);
            assertEquals(maps.size(), expected.size());
            for (Map.Entry<String, Double> e : expected.entrySet()) {
                assertClose(e.getValue(), maps.get(e.getKey()).get(p[0], p[1], p[2]), e.getKey() + " at " + java.util.Arrays.toString(p));
                compared++;
            }
        }
        assertTrue(kernels >= 20, "only " + kernels + " kernels hold a voxel of the lowest bin");
        assertEquals(kernels * maps.size(), compared);
    }

    @Test
    void pyRadiomicsTextureMapsKeepTheRoiWideGreyLevelsWhereAKernelLacksTheLowestBin() throws Exception {
        Volume[] v = brain1();
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, "gldm").features(Set.of("HighGrayLevelEmphasis")).build();
        Volume map = VoxelFeatureMaps.compute(v[0], v[1], 1, s, null).get("original_gldm_HighGrayLevelEmphasis");
        PyRadiomicsSettings py = PyRadiomicsSettings.builder().binWidth(25).minimumROIDimensions(1).disableAllClasses().enableClass("gldm").build();
        double lowestBin = Math.floor(roiMinimum(v[0], v[1]) / 25);
        int checked = 0;
        for (int[] p : sample(v[1], SAMPLES)) {
            Volume kernel = kernelMask(v[1], p, 1);
            if (Math.floor(roiMinimum(v[0], kernel) / 25) == lowestBin) continue;
            // The kernel binned alone numbers its levels from 1; levels i enter as i^2, so the map is higher.
            double local = new PyRadiomicsExtractor().extract(v[0], kernel, py).get("original_gldm_HighGrayLevelEmphasis");
            assertTrue(map.get(p[0], p[1], p[2]) > local, "at " + java.util.Arrays.toString(p));
            checked++;
        }
        assertTrue(checked >= 10, "checked " + checked);
    }

    @Test
    void anIsolatedRoiVoxelHasNoRunsButOneZone() {
        // A 4 x 4 x 4 block and, 3 voxels away, a voxel alone in its kernel.
        Geometry g = Geometry.of(12, 8, 8, 1, 1, 1);
        Volume image = Volume.zeros(g, DataType.FLOAT64), mask = Volume.zeros(g, DataType.UINT8);
        for (int z = 2; z < 6; z++)
            for (int y = 2; y < 6; y++)
                for (int x = 1; x < 5; x++) {
                    mask.set(x, y, z, 1);
                    image.set(x, y, z, 10 * ((x + y + z) % 4));
                }
        mask.set(9, 4, 4, 1);
        image.set(9, 4, 4, 30);
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 10, "glrlm", "glszm").build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(image, mask, 1, s, null);
        // Every direction of the lone voxel is empty, so PyRadiomics' nanmean over directions is NaN ...
        assertTrue(Double.isNaN(maps.get("original_glrlm_RunEntropy").get(9, 4, 4)));
        // ... while its one zone of size 1 gives SmallAreaEmphasis 1/1^2 = 1 and ZonePercentage 1/1.
        assertEquals(1, maps.get("original_glszm_SmallAreaEmphasis").get(9, 4, 4), 0);
        assertEquals(1, maps.get("original_glszm_ZonePercentage").get(9, 4, 4), 0);
        assertFalse(Double.isNaN(maps.get("original_glrlm_RunEntropy").get(2, 3, 3)));
    }

    private static Volume everyOtherColumnAtRoiMinimum(Volume image, Volume mask) {
        double minimum = roiMinimum(image, mask);
        Geometry g = image.geometry();
        double[] v = image.voxels().clone();
        for (int z = 0, i = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++, i++) if (x % 2 == 0 && mask.get(x, y, z) == 1) v[i] = minimum;
        return new Volume(g, v, DataType.FLOAT64);
    }

    @Test
    void otherIbsiFamilyMapsEqualTheExtractorOnAKernelRestrictedMask() {
        Volume[] v = synthetic();
        String[] families = {"intensity_statistics", "intensity_histogram", "glrlm", "glszm", "ngtdm", "gldzm", "ngldm"};
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.IBSI, 25, families).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(v[0], v[1], 1, s, null);
        double lower = roiMinimum(v[0], v[1]);
        int compared = 0;
        for (int[] p : sample(v[1], 12)) {
            ExtractionSettings ex = s.extraction().toBuilder()
                .families(new java.util.LinkedHashSet<>(List.of(families)))
                .features(s.extraction().features().toBuilder().dimensions(EnumSet.of(FeatureSettings.Dimension.D3)).build())
                .binLowerBound(lower) // the ROI's levels, not the kernel's
                .build();
            for (ExtractedFeature f : FeatureExtractor.extract(v[0], kernelMask(v[1], p, 1), 1, ex)) {
                if (!(f.aggregation().isEmpty() || f.aggregation().equals("3D") || f.aggregation().equals("3D:mrg"))) continue;
                Volume map = maps.get("original_" + f.family() + "_" + f.feature());
                if (map == null || (f.family().equals("intensity_histogram") && ngDependent(f.feature()))) continue;
                assertClose(f.value(), map.get(p[0], p[1], p[2]), f.family() + "_" + f.feature() + " at " + java.util.Arrays.toString(p));
                compared++;
            }
        }
        assertTrue(compared > 12 * 100, "compared " + compared);
    }

    /** Histogram features that IBSI defines relative to Ng (the kernel extraction has the kernel's Ng). */
    private static boolean ngDependent(String name) {
        return name.contains("HistogramGradient");
    }

    @Test
    void mapsAreNanOutsideTheRoiFloat32OnTheInputGridAndIndependentOfThreads() throws Exception {
        Volume[] v = synthetic();
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.IBSI, 25, "glcm", "intensity_statistics").build();
        List<Double> progress = new ArrayList<>();
        Map<String, Volume> parallel = VoxelFeatureMaps.compute(v[0], v[1], 1, s, progress::add);
        Map<String, Volume> serial = Threads.serial().call(() -> VoxelFeatureMaps.compute(v[0], v[1], 1, s, null));
        assertEquals(VoxelFeatureMaps.mapNames(s), new ArrayList<>(parallel.keySet()));
        assertEquals(1.0, progress.get(progress.size() - 1), 0.0);
        double[] labels = v[1].voxels();
        for (Map.Entry<String, Volume> e : parallel.entrySet()) {
            Volume m = e.getValue();
            assertEquals(DataType.FLOAT32, m.type());
            assertTrue(m.geometry().sameGrid(v[0].geometry(), 0));
            double[] a = m.voxels(), b = serial.get(e.getKey()).voxels();
            for (int i = 0; i < a.length; i++) {
                assertEquals(labels[i] != 1, Double.isNaN(a[i]) && labels[i] != 1, e.getKey() + " voxel " + i);
                assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]), e.getKey() + " voxel " + i);
            }
        }
    }

    @Test
    void pyRadiomicsMapsAreIndependentOfThreadsAndStreamInNameOrder() throws Exception {
        Volume[] v = synthetic();
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, "firstorder", "glcm")
            .features(Set.of("MCC", "Imc2", "Median", "Entropy")).build();
        List<String> names = new ArrayList<>();
        List<Volume> parallel = new ArrayList<>();
        VoxelFeatureMaps.computeEach(v[0], v[1], 1, s, null, (name, map) -> {
            names.add(name);
            parallel.add(map.copy()); // the maps come in one reused volume
        });
        assertEquals(List.of("original_firstorder_Entropy", "original_firstorder_Median", "original_glcm_Imc2", "original_glcm_MCC"), names);
        assertEquals(VoxelFeatureMaps.mapNames(s), names);
        Map<String, Volume> serial = Threads.serial().call(() -> VoxelFeatureMaps.compute(v[0], v[1], 1, s, null));
        for (int k = 0; k < names.size(); k++) { // computeEach hands over the values compute keeps, narrowed to float
            double[] a = parallel.get(k).voxels(), b = serial.get(names.get(k)).voxels();
            assertEquals(a.length, b.length);
            for (int i = 0; i < a.length; i++)
                assertEquals(Double.doubleToLongBits((float) b[i]), Double.doubleToLongBits(a[i]), names.get(k) + " voxel " + i);
        }
    }

    @Test
    void mapsRoundTripThroughNifti(@TempDir Path dir) throws Exception {
        Volume[] v = synthetic();
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.IBSI, 25, "glcm").features(Set.of("Contrast", "JointEntropy")).build();
        Map<String, Volume> maps = VoxelFeatureMaps.compute(v[0], v[1], 1, s, null);
        Files.createDirectories(dir.resolve("maps"));
        for (Map.Entry<String, Volume> e : maps.entrySet()) ImageIO.write(e.getValue(), dir.resolve("maps").resolve(e.getKey() + ".nii.gz"));
        Path file = dir.resolve("maps").resolve("original_glcm_Contrast.nii.gz");
        assertTrue(Files.isRegularFile(file));
        assertTrue(Files.isRegularFile(dir.resolve("maps").resolve("original_glcm_JointEntropy.nii.gz")));
        Volume back = ImageIO.read(file);
        double[] a = maps.get("original_glcm_Contrast").voxels(), b = back.voxels();
        for (int i = 0; i < a.length; i++)
            if (Double.isNaN(a[i])) assertTrue(Double.isNaN(b[i]));
            else assertEquals((float) a[i], b[i], 0.0);
    }

    @Test
    void badSettingsAreRejectedWithAClearMessage() {
        Volume[] v = synthetic();
        VoxelMapSettings s = settings(VoxelMapSettings.Convention.PYRADIOMICS, 25, "shape").build();
        assertThrows(IllegalArgumentException.class, () -> VoxelFeatureMaps.compute(v[0], v[1], 1, s, null));
        VoxelMapSettings ibsiFamily = s.toBuilder().families(Set.of("intensity_statistics")).build();
        assertThrows(IllegalArgumentException.class, () -> VoxelFeatureMaps.compute(v[0], v[1], 1, ibsiFamily, null));
        VoxelMapSettings r = settings(VoxelMapSettings.Convention.IBSI, 25, "glcm").kernelRadius(0).build();
        assertThrows(IllegalArgumentException.class, () -> VoxelFeatureMaps.compute(v[0], v[1], 1, r, null));
        VoxelMapSettings f = settings(VoxelMapSettings.Convention.IBSI, 25, "glcm").features(Set.of("MCC")).build();
        assertThrows(IllegalArgumentException.class, () -> VoxelFeatureMaps.compute(v[0], v[1], 1, f, null));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Deterministic random ROI voxels {x, y, z}. */
    private static List<int[]> sample(Volume mask, int count) {
        List<int[]> roi = new ArrayList<>();
        Geometry g = mask.geometry();
        for (int z = 0; z < g.nz; z++)
            for (int y = 0; y < g.ny; y++)
                for (int x = 0; x < g.nx; x++) if (mask.get(x, y, z) == 1) roi.add(new int[] {x, y, z});
        Random r = new Random(2024);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < count; k++) out.add(roi.get(r.nextInt(roi.size())));
        return out;
    }

    private static double roiMinimum(Volume image, Volume mask) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < image.voxels().length; i++) if (mask.voxels()[i] == 1) min = Math.min(min, image.voxels()[i]);
        return min;
    }

    /** The label-1 voxels within Chebyshev distance r of p. */
    private static Volume kernelMask(Volume mask, int[] p, int r) {
        Volume k = Volume.zeros(mask.geometry(), DataType.UINT8);
        Geometry g = mask.geometry();
        for (int z = Math.max(0, p[2] - r); z <= Math.min(g.nz - 1, p[2] + r); z++)
            for (int y = Math.max(0, p[1] - r); y <= Math.min(g.ny - 1, p[1] + r); y++)
                for (int x = Math.max(0, p[0] - r); x <= Math.min(g.nx - 1, p[0] + r); x++)
                    if (mask.get(x, y, z) == 1) k.set(x, y, z, 1);
        return k;
    }

    private static boolean hasNeighbourPair(RoiData k) {
        for (int z = 0; z < k.nz; z++)
            for (int y = 0; y < k.ny; y++)
                for (int x = 0; x < k.nx; x++) {
                    if (!k.intensityMask[k.index(x, y, z)]) continue;
                    for (int dz = -1; dz <= 1; dz++)
                        for (int dy = -1; dy <= 1; dy++)
                            for (int dx = -1; dx <= 1; dx++) {
                                int a = x + dx, b = y + dy, c = z + dz;
                                if ((dx | dy | dz) == 0 || a < 0 || b < 0 || c < 0 || a >= k.nx || b >= k.ny || c >= k.nz) continue;
                                if (k.intensityMask[k.index(a, b, c)]) return true;
                            }
                }
        return false;
    }

    /** MCC is checked against {@link DirectMcc}: the extractor's general eigen-solver (commons-math) fails to
     * converge on some kernel matrices. */
    private static PyRadiomicsSettings pyRadiomicsGlcmWithoutMcc() {
        List<String> names = new ArrayList<>(org.gliomaradiomics.features.FeatureRegistry.pyradiomicsClass("glcm").names());
        names.remove("MCC");
        return PyRadiomicsSettings.builder().disableAllClasses().binWidth(1).enableClass("glcm", names.toArray(new String[0])).build();
    }

    /**
     * The kernel's grey levels as intensities (binning with width 1 returns them unchanged) in the corner of a
     * larger image, plus one isolated anchor voxel per grey level of the ROI, two voxels apart, so that PyRadiomics
     * sees the ROI's levels and Ng while the anchors form no pair.
     */
    private static Volume anchoredLevelImage(RoiData k, int[] levels) {
        return anchored(k, levels, true);
    }

    private static Volume anchoredMask(RoiData k, int[] levels) {
        return anchored(k, levels, false);
    }

    private static Volume anchored(RoiData k, int[] levels, boolean image) {
        int nx = k.nx + 1 + 2 * levels.length, ny = Math.max(k.ny, 3), nz = k.nz;
        Volume v = Volume.zeros(Geometry.of(nx, ny, nz, 1, 1, 1), image ? DataType.FLOAT64 : DataType.UINT8);
        for (int z = 0; z < k.nz; z++)
            for (int y = 0; y < k.ny; y++)
                for (int x = 0; x < k.nx; x++) {
                    int i = k.index(x, y, z);
                    if (k.intensityMask[i]) v.set(x, y, z, image ? k.grey[i] : 1);
                }
        for (int a = 0; a < levels.length; a++) v.set(k.nx + 1 + 2 * a, 2 * (a % 2), 0, image ? levels[a] : 1);
        return v;
    }

    /** The ROI discretised once (IBSI extractor), and kernels of it as RoiData with the ROI's levels and Ng. */
    private static final class GlobalLevels {
        final RoiData roi;
        final int x0, y0, z0;

        GlobalLevels(Volume image, Volume mask, ExtractionSettings settings) {
            // no margin: the box is the ROI's bounding box
            ExtractionSettings ex = settings.toBuilder().features(settings.features().toBuilder().localIntensityRadiusMm(0).build()).build();
            roi = FeatureExtractor.prepare(image, mask, 1, ex);
            int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
            Geometry g = mask.geometry();
            for (int z = 0; z < g.nz; z++)
                for (int y = 0; y < g.ny; y++)
                    for (int x = 0; x < g.nx; x++)
                        if (mask.get(x, y, z) == 1) {
                            b[0] = Math.min(b[0], x);
                            b[1] = Math.min(b[1], y);
                            b[2] = Math.min(b[2], z);
                        }
            x0 = b[0];
            y0 = b[1];
            z0 = b[2];
        }

        int[] presentLevels() {
            return java.util.Arrays.stream(roi.grey).filter(l -> l > 0).distinct().sorted().toArray();
        }

        /** Box of side 2r+1 around image voxel p (voxels outside the ROI box are outside the mask). */
        RoiData kernel(int[] p, int r) {
            int w = 2 * r + 1, n = w * w * w;
            double[] image = new double[n];
            boolean[] mask = new boolean[n];
            int[] grey = new int[n];
            for (int dz = 0, i = 0; dz < w; dz++)
                for (int dy = 0; dy < w; dy++)
                    for (int dx = 0; dx < w; dx++, i++) {
                        int x = p[0] - r + dx - x0, y = p[1] - r + dy - y0, z = p[2] - r + dz - z0;
                        if (x < 0 || y < 0 || z < 0 || x >= roi.nx || y >= roi.ny || z >= roi.nz) continue;
                        int j = roi.index(x, y, z);
                        image[i] = roi.image[j];
                        mask[i] = roi.intensityMask[j];
                        grey[i] = mask[i] ? roi.grey[j] : 0;
                    }
            return new RoiData(w, w, w, roi.sx, roi.sy, roi.sz, image, mask, mask.clone(), grey, roi.ng, new double[0], new double[0]);
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
            return;
        }
        assertFalse(Double.isNaN(actual), what + ": expected " + expected + ", got NaN");
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale + 1e-12,
            what + ": expected " + expected + ", got " + actual);
    }
}
