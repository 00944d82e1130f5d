package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class PyRadiomicsParamsTest {
    private static PyRadiomicsSettings parse(String text) {
        Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return PyRadiomicsParams.fromYaml(m);
    }

    @Test
    void readsPyRadiomicsLayout() {
        PyRadiomicsSettings s = parse("imageType:\n  Original: {}\nfeatureClass:\n  glcm: [Contrast, Idmn]\n  firstorder:\n"
            + "setting:\n  binCount: 64\n  resampledPixelSpacing: [2, 2, 0]\n  interpolator: sitkLinear\n  resegmentRange: [-3, 3]\n"
            + "  resegmentMode: sigma\n  weightingNorm: no_weighting\n  distances: [1, 2]\n  gldm_a: 1\n  force2D: true\n");
        assertEquals(64, s.binCount());
        assertArrayEquals(new double[] {2, 2, 0}, s.resampledPixelSpacing());
        assertEquals(PyRadiomicsSettings.Interpolator.LINEAR, s.interpolator());
        assertEquals(PyRadiomicsSettings.ResegmentMode.SIGMA, s.resegmentMode());
        assertEquals(PyRadiomicsSettings.WeightingNorm.NO_WEIGHTING, s.weightingNorm());
        assertArrayEquals(new int[] {1, 2}, s.distances());
        assertEquals(1, s.gldmA());
        assertTrue(s.force2D());
        assertEquals(Map.of("firstorder", List.of(), "glcm", List.of("Contrast", "Idmn")), s.enabledClasses());
    }

    @Test
    void defaultsAreThoseOfPyRadiomics() {
        PyRadiomicsSettings s = parse("setting:\n  label: 2\n");
        assertEquals(25, s.binWidth());
        assertNull(s.binCount());
        assertEquals(5, s.padDistance());
        assertEquals(2, s.minimumROIDimensions());
        assertEquals(PyRadiomicsSettings.Interpolator.BSPLINE, s.interpolator());
        assertNull(s.weightingNorm());
        assertTrue(s.symmetricalGLCM());
        assertEquals(2, s.label());
        assertEquals(7, s.enabledClasses().size()); // no featureClass: all classes but shape2D
    }

    @Test
    void unknownKeysAreErrorsNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("setting:\n  binwidth: 25\n"));
        assertTrue(e.getMessage().contains("binwidth"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("settings:\n  binWidth: 25\n"));
        assertTrue(e.getMessage().contains("settings"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("imageType:\n  Wavelets: {}\n"));
        assertTrue(e.getMessage().contains("Wavelets"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("imageType:\n  LoG: {sigmas: [1]}\n"));
        assertTrue(e.getMessage().contains("sigmas") && e.getMessage().contains("LoG"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("featureClass:\n  glcmm:\n"));
        assertTrue(e.getMessage().contains("glcmm"), e.getMessage());
    }

    @Test
    void requestedUnknownFeatureIsAnError() {
        PyRadiomicsSettings s = parse("featureClass:\n  ngtdm: [Busyness, Bussyness]\nsetting:\n  minimumROIDimensions: 1\n");
        org.gliomaradiomics.image.Geometry g = org.gliomaradiomics.image.Geometry.of(3, 1, 1, 1, 1, 1);
        org.gliomaradiomics.image.Volume img = new org.gliomaradiomics.image.Volume(g, new double[] {1, 2, 3}, org.gliomaradiomics.image.DataType.INT16);
        org.gliomaradiomics.image.Volume mask = new org.gliomaradiomics.image.Volume(g, new double[] {1, 1, 1}, org.gliomaradiomics.image.DataType.UINT8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PyRadiomicsExtractor().extract(img, mask, s));
        assertTrue(e.getMessage().contains("Bussyness"), e.getMessage());
    }

    @Test
    void imageTypesTakeTheGeneralSettingsWithTheirOwnOnTop() {
        PyRadiomicsSettings s = parse("imageType:\n  Original:\n  LoG: {sigma: [1, 2.5], binWidth: 5}\n  Wavelet: {wavelet: db2, level: 2}\n"
            + "setting:\n  binWidth: 10\n  sigma: [4]\n");
        assertEquals(java.util.List.of("Original", "LoG", "Wavelet"), java.util.List.copyOf(s.imageTypes().keySet()));
        assertEquals(10, s.imageTypes().get("Original").binWidth());
        assertEquals(5, s.imageTypes().get("LoG").binWidth());
        assertEquals(10, s.imageTypes().get("Wavelet").binWidth());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 2.5}, s.imageTypes().get("LoG").sigma());
        assertEquals("1", s.imageTypes().get("LoG").sigmaLabel(0)); // Python: str(1) = '1', str(2.5) = '2.5'
        assertEquals("2.5", s.imageTypes().get("LoG").sigmaLabel(1));
        assertEquals("db2", s.imageTypes().get("Wavelet").wavelet());
        assertEquals(2, s.imageTypes().get("Wavelet").level());
        assertEquals("coif1", s.imageTypes().get("Original").wavelet());
        // PyRadiomics: no imageType section = Original; an empty one = no image type (shape only)
        assertEquals(java.util.Set.of("Original"), parse("setting:\n  binWidth: 10\n").imageTypes().keySet());
        assertTrue(parse("imageType: {}\n").imageTypes().isEmpty());
    }
}
