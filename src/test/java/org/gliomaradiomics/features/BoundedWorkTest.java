package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.filters.Dimensionality;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.filters.WaveletFilter;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.preprocess.Resampler;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that would make unbounded work are refused before the work or its allocation starts, in one line that
 * names the value and the limit: tiny resampled spacings, tiny bin widths, high wavelet levels, kernels on tiny
 * voxels.
 */
class BoundedWorkTest {
    static final Path IMAGES = TestPaths.testImages().resolve("ibsi1");

    @TempDir
    Path dir;

    /**
     * Runs extract on the IBSI phantom with the given parameter file; it must fail with one line, long before the work
     * itself (minutes, or the heap) would end: within 30 s even on a loaded shared machine (it took 4.6 s at load 25).
     */
    private String refused(String params) throws Exception {
        Path p = dir.resolve("p.yaml");
        Files.writeString(p, params);
        long t0 = System.nanoTime();
        CommandRunner r = CommandRunner.run("extract", "--image", IMAGES.resolve("phantom.nii.gz").toString(), "--mask",
            IMAGES.resolve("mask.nii.gz").toString(), "--params", p.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.code, r.toString());
        assertTrue(seconds < 30, params + ": took " + seconds + " s");
        String line = r.err.lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
        assertFalse(line.contains("Exception"), line);
        return line;
    }

    @Test
    void tinyResampledSpacingIsRefusedWithTheGridSize() throws Exception {
        String e = refused("setting:\n  resampledPixelSpacing: [0.0001, 0.0001, 0.0001]\n");
        assertTrue(e.contains("resampled grid at spacing [1.0E-4, 1.0E-4, 1.0E-4] mm: ") && e.contains("more than the limit of 2147483639 voxels"), e);
        e = refused("setting:\n  conventions: pyradiomics\n  resampledPixelSpacing: [0.0001, 0.0001, 0.0001]\n");
        assertTrue(e.contains("resampled grid at resampledPixelSpacing") && e.contains("more than the limit of 2147483639 voxels"), e);
        // the IBSI grid of a brain MRI at 0.01 mm
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
            () -> Resampler.targetGeometry(Geometry.of(240, 240, 155, 1, 1, 1), new double[] {0.01, 0.01, 0.01}));
        assertEquals("resampled grid at spacing [0.01, 0.01, 0.01] mm: 24000x24000x15500 = 8.93e+12 voxels, more than the limit of 2147483639 voxels per volume",
            x.getMessage());
    }

    @Test
    void tinyBinWidthsAreRefusedWithTheLevelCount() throws Exception {
        String e = refused("setting:\n  discretisation: fixedBinSize\n  binWidth: 0.0001\n");
        assertTrue(e.contains("binWidth 1.0E-4 gives 50001 grey levels in the region (limit 10000"), e);
        e = refused("setting:\n  conventions: pyradiomics\n  binWidth: 0.0001\n");
        assertTrue(e.contains("binWidth 1.0E-4 gives ") && e.contains("(limit 10000"), e);
    }

    @Test
    void waveletLevelsAreBounded() throws Exception {
        String e = refused("imageType:\n  Wavelet: {wavelet: haar, level: 100}\n");
        assertTrue(e.contains("wavelet decomposition level 100 is above the limit 20"), e);
        e = refused("setting:\n  conventions: pyradiomics\nimageType:\n  Wavelet: {level: 100}\n");
        assertTrue(e.contains("level 100 is above the limit 8"), e);
        Volume image = new Volume(Geometry.of(64, 64, 64, 1, 1, 1), new double[64 * 64 * 64], DataType.FLOAT32);
        WaveletFilter f = new WaveletFilter("db8", "LLH", 7, Dimensionality.THREE_D, Padding.MIRROR, false, null);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> f.apply(image, p -> { }));
        assertEquals("wavelet level 7 stretches the db8 filters to 961 voxels, beyond 4 times the image's largest dimension (64); the limit here is level 5",
            x.getMessage());
    }

    @Test
    void kernelsOnTinyVoxelsAreRefused() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
            () -> Limits.kernelRadius("LoG sigma 1.0 mm (truncated at 4.0 sigma)", 4, 1e-4));
        assertEquals("LoG sigma 1.0 mm (truncated at 4.0 sigma) at voxel spacing 1.0E-4 mm reaches 40000 voxels from its centre (limit 4096); "
            + "resample to larger voxels or use a smaller kernel", x.getMessage());
        assertEquals(8, Limits.kernelRadius("LoG", 4, 0.5));
    }
}
