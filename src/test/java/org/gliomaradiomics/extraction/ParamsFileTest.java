package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsRegionExtractor;
import org.gliomaradiomics.features.pyradiomics.PyRadiomicsSettings;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

class ParamsFileTest {
    @Test
    void readsAPyRadiomicsParameterFileUnchanged() throws IOException {
        // The layout of PyRadiomics' examples/exampleSettings/Params.yaml.
        ParamsFile p = ParamsFile.parseText(String.join("\n",
            "imageType:",
            "  Original: {}",
            "  LoG:",
            "    sigma: [1.0, 2.0, 3.0]",
            "  Wavelet: {}",
            "featureClass:",
            "  shape:",
            "  firstorder: []",
            "  glcm:",
            "    - Autocorrelation",
            "    - JointEntropy",
            "setting:",
            "  binWidth: 25",
            "  label: 1",
            "  interpolator: 'sitkBSpline'",
            "  resampledPixelSpacing: [1, 1, 1]",
            "  weightingNorm:",
            "  voxelArrayShift: 300"));
        assertEquals(List.of("Original", "LoG", "Wavelet"), List.copyOf(p.imageTypes().keySet()));
        assertEquals(List.of(1.0, 2.0, 3.0), p.imageTypes().get("LoG").get("sigma"));
        assertNull(p.featureClasses().get("shape"));
        assertNull(p.featureClasses().get("firstorder"));
        assertEquals(List.of("Autocorrelation", "JointEntropy"), p.featureClasses().get("glcm"));
        assertEquals(25.0, p.number("binWidth", 0));
        assertEquals(1, p.integer("label", 0));
        assertEquals("sitkBSpline", p.text("interpolator", ""));
        assertEquals(List.of(1.0, 1.0, 1.0), p.numbers("resampledPixelSpacing"));
        assertEquals(300.0, p.number("voxelArrayShift", 0));
    }

    @Test
    void absentKeysReadAsTheirDocumentedDefaults() throws Exception {
        ParamsFile p = ParamsFile.parseText("setting:\n  binWidth: 5\n");
        assertEquals(5.0, p.number("binWidth"));
        // absent: the defaults --help lists (binCount 32, resegmentMode absolute, symmetricalGLCM true; binLowerBound none)
        assertEquals(32, p.integer("binCount"));
        assertEquals("absolute", p.text("resegmentMode"));
        assertEquals(true, p.flag("symmetricalGLCM"));
        assertTrue(Double.isNaN(p.number("binLowerBound")));
        assertNull(p.text("conventions"));
    }

    @Test
    void unknownKeyIsAnErrorNamingIt() {
        IOException e = assertThrows(IOException.class, () -> ParamsFile.parseText("setting:\n  binwidth: 25\n"));
        assertTrue(e.getMessage().contains("'setting.binwidth'"), e.getMessage());
        e = assertThrows(IOException.class, () -> ParamsFile.parseText("settings:\n  binWidth: 25\n"));
        assertTrue(e.getMessage().contains("'settings'"), e.getMessage());
    }

    @Test
    void badValueIsAnErrorNamingTheKey() {
        IOException e = assertThrows(IOException.class, () -> ParamsFile.parseText("setting:\n  binWidth: -3\n"));
        assertTrue(e.getMessage().contains("setting.binWidth") && e.getMessage().contains("positive"), e.getMessage());
        e = assertThrows(IOException.class, () -> ParamsFile.parseText("setting:\n  label: one\n"));
        assertTrue(e.getMessage().contains("setting.label") && e.getMessage().contains("integer"), e.getMessage());
        e = assertThrows(IOException.class, () -> ParamsFile.parseText("setting:\n  normalize: maybe\n"));
        assertTrue(e.getMessage().contains("setting.normalize"), e.getMessage());
        e = assertThrows(IOException.class, () -> ParamsFile.parseText("setting: [1, 2\n"));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void shippedIbsiSettingsParse() throws IOException {
        ParamsFile p = ParamsFile.read(TestPaths.testImages().resolve("ibsi1/settings.yaml"));
        assertEquals("none", p.text("discretisation", ""));
        assertEquals(11, p.featureClasses().size());
    }

    /** Our own keys (the schema accepts them in both conventions) and PyRadiomics' voxelSetting section are removed
     * before PyRadiomics' conventions read the file, which would refuse them as unknown. */
    @Test
    void ownKeysAreRemovedBeforePyRadiomicsReadsTheFile() throws IOException {
        ParamsFile p = ParamsFile.parseText("setting:\n  binWidth: 5\n  voxelArrayShift: 300\n  conventions: pyradiomics\n"
            + "  labels: WT\n  threads: 2\n  bratsConvention: brats2021\nvoxelSetting:\n  kernelRadius: 1\n  maskedKernel: true\n");
        PyRadiomicsSettings s = PyRadiomicsRegionExtractor.settings(p.pyRadiomicsTree(), 1);
        assertEquals(5, s.binWidth());
        assertEquals(300, s.voxelArrayShift());
    }
}
