package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gliomaradiomics.extraction.ParameterFileSchema;
import org.gliomaradiomics.settings.Setting;
import org.junit.jupiter.api.Test;

/** The settings record: PyRadiomics' documented defaults, immutability, and one declaration of each key. */
class PyRadiomicsSettingsTest {
    @Test
    void defaultsAreThoseOfPyRadiomicsDocumentation() {
        // pyradiomics.readthedocs.io, "Customizing the extraction" (3.x): extractor, filter and feature-class settings
        PyRadiomicsSettings d = PyRadiomicsSettings.defaults();
        assertEquals(0, d.voxelArrayShift());
        assertFalse(d.normalize());
        assertEquals(1, d.normalizeScale());
        assertNull(d.removeOutliers());
        assertNull(d.resampledPixelSpacing());
        assertEquals(PyRadiomicsSettings.Interpolator.BSPLINE, d.interpolator());
        assertFalse(d.preCrop());
        assertNull(d.resegmentRange());
        assertEquals(PyRadiomicsSettings.ResegmentMode.ABSOLUTE, d.resegmentMode());
        assertFalse(d.resegmentShape());
        assertNull(d.minimumROISize());
        assertFalse(d.force2D());
        assertEquals(0, d.force2Ddimension());
        assertArrayEquals(new int[] {1}, d.distances());
        assertEquals(0, d.gldmA());
        assertFalse(d.correctMask());
        assertArrayEquals(new double[0], d.sigma());
        assertEquals("coif1", d.wavelet());
        assertEquals(0, d.startLevel());
        assertEquals(1, d.level());
        assertTrue(d.gradientUseSpacing());
        assertEquals(1, d.lbp2DRadius());
        assertEquals(8, d.lbp2DSamples());
        assertEquals("uniform", d.lbp2DMethod());
        assertEquals(Map.of("Original", d), d.imageTypes());
    }

    @Test
    void settingsAreImmutable() {
        double[] spacing = {1, 2, 3};
        PyRadiomicsSettings s = PyRadiomicsSettings.builder().resampledPixelSpacing(spacing).sigma(1.5, 2).build();
        spacing[0] = 9;
        s.resampledPixelSpacing()[1] = 9;
        s.sigma()[0] = 9;
        assertArrayEquals(new double[] {1, 2, 3}, s.resampledPixelSpacing());
        assertArrayEquals(new double[] {1.5, 2}, s.sigma());
        assertEquals("2.0", s.sigmaLabel(1));
        assertThrows(UnsupportedOperationException.class, () -> s.enabledClasses().put("glcm", List.of()));
    }

    @Test
    void keysAreCheckedByTheirDeclarationAndNamed() {
        PyRadiomicsSettings.Builder b = PyRadiomicsSettings.builder();
        String unknown = assertThrows(IllegalArgumentException.class, () -> b.set("binwidth", 25)).getMessage();
        assertTrue(unknown.startsWith("unknown setting 'binwidth' (allowed: binWidth, binCount, voxelArrayShift, "), unknown);
        assertEquals("setting 'padDistance': expected an integer, got '5.5'", assertThrows(IllegalArgumentException.class, () -> b.set("padDistance", 5.5)).getMessage());
        assertEquals("setting 'level': expected a value, got None", assertThrows(IllegalArgumentException.class, () -> b.set("level", null)).getMessage());
        PyRadiomicsSettings text = PyRadiomicsSettings.builder().set("sigma", "[1, 2.5]").build();
        assertArrayEquals(new double[] {1, 2.5}, text.sigma());
        assertEquals("2.5", text.sigmaLabel(1));
        assertEquals("setting 'distances': expected integers, got '[1.5]'",
            assertThrows(IllegalArgumentException.class, () -> PyRadiomicsSettings.builder().set("distances", List.of(1.5)).build()).getMessage());
        assertNull(b.set("interpolator", null).build().interpolator()); // None: no resampling
        assertEquals("minimumROIDimensions must be 1, 2 or 3: 4",
            assertThrows(IllegalArgumentException.class, () -> PyRadiomicsSettings.builder().minimumROIDimensions(4).build()).getMessage());
    }

    @Test
    void theParameterFileSchemaListsTheSameDeclarations() {
        for (Setting k : PyRadiomicsSettings.KEYS) {
            Setting declared = ParameterFileSchema.setting(k.key()).orElseThrow();
            if (declared.scope() == Setting.Scope.PYRADIOMICS) assertSame(k, declared, k.key());
            else assertEquals(k.type(), declared.type(), k.key()); // shared with IBSI mode, whose defaults differ
        }
    }

    @Test
    void theRegionLabelOverridesTheFilesForEveryImageType() {
        Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load("imageType:\n  Original: {}\n  Square: {binWidth: 2}\nsetting:\n  label: 2\n"); // our own keys are removed by the caller (ParamsFile.pyRadiomicsTree)
        PyRadiomicsSettings s = PyRadiomicsRegionExtractor.settings(yaml, 4);
        assertEquals(4, s.label());
        assertEquals(4, s.imageTypes().get("Square").label());
        assertEquals(2, s.imageTypes().get("Square").binWidth());
        assertEquals(4, PyRadiomicsRegionExtractor.settings(Map.of(), 4).label());
    }
}
