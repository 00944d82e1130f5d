package org.gliomaradiomics.features.pyradiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PyRadiomics study configuration with filtered image types through {@code extract --conventions pyradiomics --format wide}. */
class ExtractCommandPyRadiomicsImageTypesTest {
    @TempDir
    Path dir;

    /** Features per image type in PyRadiomics 3 (non-deprecated): firstorder 18, glcm 24, gldm 14, glrlm 16, glszm 16, ngtdm 5. */
    private static final int PER_IMAGE_TYPE = 18 + 24 + 14 + 16 + 16 + 5;
    private static final int SHAPE = 14;

    @Test
    void logAtThreeSigmasAndAllWaveletsOnBrain1() throws Exception {
        Path params = dir.resolve("study.yaml");
        Files.writeString(params, """
            imageType:
              Original: {}
              LoG: {sigma: [1.0, 2.0, 3.0], binWidth: 5}
              Wavelet: {}
            featureClass:
              firstorder:
              shape:
              glcm:
              glrlm:
              glszm:
              gldm:
              ngtdm:
            setting:
              binWidth: 25
              voxelArrayShift: 2000
              label: 1
              minimumROIDimensions: 1
            """);
        Path out = dir.resolve("wide.csv");
        long t0 = System.nanoTime();
        CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("brain1/brain1_image.nrrd").toString(),
            "--mask", TestPaths.testImages().resolve("brain1/brain1_label.nrrd").toString(), "--params", params.toString(),
            "--conventions", "pyradiomics", "--format", "wide", "--out", out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.code, r.toString());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords();
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0).toMap();
        Map<String, Integer> perType = new LinkedHashMap<>();
        int features = 0;
        for (String column : row.keySet()) {
            String[] parts = column.split("_", 3);
            if (parts.length < 3 || column.startsWith("diagnostics_") || !row.get(column).matches("-?[0-9.eE+-]+|NaN|-?Infinity")) continue;
            features++;
            perType.merge(parts[0], 1, Integer::sum);
        }
        System.out.printf("brain1, Original + LoG x3 + Wavelet x8: %d image types, %d features per region (%.1f s)%n", perType.size(), features, seconds);
        assertEquals(new TreeSet<>(List.of("original", "log-sigma-1-0-mm-3D", "log-sigma-2-0-mm-3D", "log-sigma-3-0-mm-3D",
            "wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL")), new TreeSet<>(perType.keySet()));
        assertEquals(12 * PER_IMAGE_TYPE + SHAPE, features);
        assertEquals(PER_IMAGE_TYPE + SHAPE, perType.get("original"));
        for (String type : perType.keySet()) if (!type.equals("original")) assertEquals(PER_IMAGE_TYPE, perType.get(type), type);
        assertTrue(row.containsKey("log-sigma-2-0-mm-3D_glcm_JointEntropy"));
        // the Original features are those of an Original-only run (the baseline file, same settings)
        Path resources = TestPaths.project().resolve("src/test/resources/pyradiomics");
        Map<String, String> expected = new LinkedHashMap<>();
        for (CSVRecord e : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(resources.resolve("brain1_expected.csv"))))
            if (e.get("config").equals("original") && !e.get("feature_class").equals("shape")) expected.put("original_" + e.get("feature_class") + "_" + e.get("feature"), e.get("value"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            double ref = Double.parseDouble(e.getValue()), got = Double.parseDouble(row.get(e.getKey()));
            assertTrue(Math.abs(got - ref) <= 1e-6 * Math.abs(ref) + 1e-9, e.getKey() + ": " + got + " vs " + ref);
        }
        // LoG responses straddle zero; the wavelet approximation of positive MR intensities stays positive (x 2.83)
        assertTrue(Double.parseDouble(row.get("log-sigma-2-0-mm-3D_firstorder_Minimum")) < 0);
        assertTrue(Double.parseDouble(row.get("wavelet-LLL_firstorder_Minimum")) > 0);
    }
}
