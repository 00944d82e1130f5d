package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.extraction.ExtractionParams;
import org.gliomaradiomics.extraction.ParamsFile;
import org.gliomaradiomics.filters.Dimensionality;
import org.gliomaradiomics.filters.LaplacianOfGaussianFilter;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IBSI mode image types: the YAML form, response maps on the crop, and the command's output rows. */
class IbsiImageTypesTest {
    @TempDir
    Path dir;

    private static ExtractionParams params(String yaml) throws IOException {
        return ExtractionParams.from(ParamsFile.parseText(yaml.replaceAll("(?s)imageType:.*?(?=\\n\\S|$)", "")),
            new org.yaml.snakeyaml.Yaml().<Map<String, Object>>load(yaml).get("imageType"), "test.yaml");
    }

    @Test
    void yamlFormExpandsListsIntoNamedResponseMaps() throws IOException {
        ExtractionParams p = params("""
            imageType:
              Original: {}
              LoG: {sigma: [1.0, 2.5], binCount: 16}
              Wavelet: {wavelet: db2}
              Mean: {support: [3, 5]}
              Laws: {kernel: [E5L5S5], energy_delta: 7, rotation_invariance: true, pooling: max}
              Gabor: {sigma_mm: 5, lambda_mm: 2, gamma: 1.5, theta_step_deg: 22.5, orthogonal_planes: true}
            setting:
              binWidth: 25
            """);
        assertTrue(p.imageTypes().original());
        assertEquals(List.of("log-sigma-1-0-mm-3D", "log-sigma-2-5-mm-3D",
            "wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL",
            "mean-3-3D", "mean-5-3D", "laws-E5L5S5-energy-7-ri-3D", "gabor-sigma-5-lambda-2-gamma-1-5"), names(p.imageTypes()));
    }

    @Test
    void unknownFilterParameterIsNamedWithTheFile() {
        IOException e = assertThrows(IOException.class, () -> params("imageType:\n  LoG: {sigma: [1.0], sigmas: 2}\n"));
        assertTrue(e.getMessage().contains("test.yaml") && e.getMessage().contains("LoG") && e.getMessage().contains("sigmas"), e.getMessage());
        e = assertThrows(IOException.class, () -> params("imageType:\n  Square: {}\n"));
        assertTrue(e.getMessage().contains("Square"), e.getMessage());
    }

    private static Volume[] noiseWithCube() {
        Geometry g = Geometry.of(40, 36, 30, 1, 1, 1.5);
        double[] v = new double[(int) g.voxelCount()], m = new double[v.length];
        Random rnd = new Random(2);
        for (int i = 0; i < v.length; i++) v[i] = 100 + 30 * rnd.nextGaussian();
        for (int z = 12; z < 18; z++) for (int y = 14; y < 22; y++) for (int x = 16; x < 25; x++) m[g.index(x, y, z)] = 1;
        return new Volume[] {new Volume(g, v, DataType.FLOAT64), new Volume(g, m, DataType.UINT8)};
    }

    @Test
    void responseOnTheCropEqualsTheWholeImageResponse() throws IOException {
        Volume[] in = noiseWithCube();
        ExtractionParams p = params("imageType:\n  LoG: {sigma: [2.0], binCount: 16}\nsetting:\n  binWidth: 25\n");
        assertCropFeaturesEqualWholeImageFeatures(p, new LaplacianOfGaussianFilter(2.0, 4, Dimensionality.THREE_D, Padding.MIRROR).apply(in[0]), in, "LoG");
    }

    /** The image type's features (response on the crop) against the same filter on the whole image, FBN 16. */
    private static void assertCropFeaturesEqualWholeImageFeatures(ExtractionParams p, Volume whole, Volume[] in, String what) {
        Map<String, Double> ours = new HashMap<>();
        for (ExtractedFeature f : p.regionExtractor().extract(in[0], in[1], 1)) ours.put(f.family() + "/" + f.feature() + "/" + f.aggregation(), f.value());
        assertTrue(ours.keySet().stream().noneMatch(k -> k.startsWith("morphology")), "no morphology for a response map");
        java.util.Set<String> families = new java.util.LinkedHashSet<>(p.settings().families());
        families.remove("morphology");
        ExtractionSettings s = p.settings().toBuilder()
            .discretisation(ExtractionSettings.Discretisation.FIXED_BIN_NUMBER)
            .binCount(16)
            .families(families)
            .build();
        int compared = 0;
        for (ExtractedFeature v : FeatureExtractor.extract(whole, in[1], 1, s)) {
            Double got = ours.get(v.family() + "/" + v.feature() + "/" + v.aggregation());
            assertTrue(got != null, what + ": " + v.family() + " " + v.feature());
            assertEquals(v.value(), got, 1e-9 * Math.max(1, Math.abs(v.value())), what + ": " + v.family() + " " + v.feature() + " " + v.aggregation());
            compared++;
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    @Test
    void fourierDomainFiltersAreImageTypesToo() throws IOException {
        ExtractionParams p = params("""
            imageType:
              Simoncelli: {level: [1, 2]}
              Riesz: {riesz_order: [[1, 0, 0], [0, 1, 1]]}
              LoG: {sigma: [2.0], riesz_order: "1,0,0"}
            """);
        assertEquals(List.of("simoncelli-level-1-3D", "simoncelli-level-2-3D", "riesz-1-0-0-3D", "riesz-0-1-1-3D",
            "log-sigma-2-0-mm-riesz-1-0-0-3D"), names(p.imageTypes()));
        assertEquals(List.of("riesz-2-0-0-3D"), names(params("imageType:\n  Riesz: {riesz_order: [2, 0, 0]}\n").imageTypes()));
        IOException e = assertThrows(IOException.class, () -> params("imageType:\n  Riesz: {}\n"));
        assertTrue(e.getMessage().contains("riesz_order"), e.getMessage());
    }

    /** The crop margin of a Fourier-domain filter (32 voxels) covers this small image: the crop is the whole image. */
    @Test
    void simoncelliAndRieszLogResponsesOnTheCropEqualTheWholeImageResponses() throws IOException {
        Volume[] in = noiseWithCube();
        String[][] cases = {
            {"Simoncelli: {level: [1], binCount: 16}", "type: simoncelli\nlevel: 1\ndimensionality: 3D\npadding: mirror"},
            {"LoG: {sigma: [2.0], riesz_order: [1, 0, 0], binCount: 16}", "type: log\nsigma_mm: 2.0\nriesz_order: [1, 0, 0]\ndimensionality: 3D\npadding: mirror"}};
        for (String[] c : cases) {
            ExtractionParams p = params("imageType:\n  " + c[0] + "\nsetting:\n  binWidth: 25\n");
            Volume whole = org.gliomaradiomics.filters.FilterFactory.create(new org.yaml.snakeyaml.Yaml().<Map<String, Object>>load(c[1])).apply(in[0]);
            assertCropFeaturesEqualWholeImageFeatures(p, whole, in, c[0]);
        }
    }

    @Test
    void meanFilterOfAConstantImageIsTheConstant() throws IOException {
        Geometry g = Geometry.of(12, 12, 12, 1, 1, 1);
        double[] v = new double[(int) g.voxelCount()], m = new double[v.length];
        java.util.Arrays.fill(v, 7);
        for (int z = 0; z < 4; z++) for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) m[g.index(x, y, z)] = 1; // touches the image edge
        ExtractionParams p = params("imageType:\n  Mean: {support: 5, padding: nearest}\nfeatureClass:\n  intensity_statistics:\n");
        List<ExtractedFeature> f = p.regionExtractor().extract(new Volume(g, v, DataType.INT16), new Volume(g, m, DataType.UINT8), 1);
        ExtractedFeature mean = f.stream().filter(x -> x.feature().equals("Mean")).findFirst().orElseThrow();
        assertEquals("mean-5-3D", mean.imageType());
        assertEquals(7, mean.value(), 1e-12);
        assertTrue(f.stream().noneMatch(x -> x.imageType().equals("original")), "Original not enabled");
    }

    @Test
    void extractCommandWritesImageTypeRows() throws Exception {
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, """
            imageType:
              Original: {}
              LoG: {sigma: [2.0], binCount: 16}
              Wavelet: {maps: [HHH, LLL], discretisation: fixedBinNumber, binCount: 8}
            featureClass:
              intensity_statistics:
              glcm:
            setting:
              binWidth: 25
            """);
        Path out = dir.resolve("long.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("ibsi1/phantom.nii.gz").toString(),
            "--mask", TestPaths.testImages().resolve("ibsi1/mask.nii.gz").toString(), "--params", params.toString(),
            "--conventions", "ibsi", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        Map<String, Integer> perType = new HashMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)))
            if (!row.get("family").equals("diagnostics")) perType.merge(row.get("image_type"), 1, Integer::sum);
        assertEquals(Map.of("original", perType.get("original"), "log-sigma-2-0-mm-3D", perType.get("original"),
            "wavelet-HHH", perType.get("original"), "wavelet-LLL", perType.get("original")), perType);
    }

    @Test
    void brain1StudyInIbsiMode() throws Exception {
        Path params = dir.resolve("ibsi.yaml");
        Files.writeString(params, """
            imageType:
              Original: {}
              LoG: {sigma: [1.0, 2.0, 3.0], binCount: 32}
              Wavelet: {wavelet: coif1, binCount: 32}
            setting:
              binWidth: 25
              aggregation: [3D]
            """);
        Path out = dir.resolve("wide.csv");
        long t0 = System.nanoTime();
        CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("brain1/brain1_image.nrrd").toString(),
            "--mask", TestPaths.testImages().resolve("brain1/brain1_label.nrrd").toString(), "--params", params.toString(),
            "--conventions", "ibsi", "--format", "wide", "--out", out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.code, r.toString());
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(out)).getRecords().get(0);
        Map<String, Integer> perType = new java.util.LinkedHashMap<>();
        int morphology = 0;
        for (String column : row.toMap().keySet()) {
            if (column.startsWith("diagnostics_") || column.equals("case") || column.equals("label")) continue;
            String type = column.substring(0, column.indexOf('_'));
            perType.merge(type, 1, Integer::sum);
            if (column.startsWith("original_morphology_")) morphology++;
        }
        int total = perType.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("brain1 IBSI mode, Original + LoG x3 + Wavelet x8 (3D): %d image types, %d features per region (%.1f s)%n", perType.size(), total, seconds);
        assertEquals(12, perType.size(), perType.toString());
        assertTrue(morphology > 20, "morphology " + morphology);
        for (Map.Entry<String, Integer> e : perType.entrySet())
            if (!e.getKey().equals("original")) assertEquals(perType.get("original") - morphology, e.getValue(), e.getKey());
    }

    @Test
    void commandErrorsNameTheFileAndTheKey() throws Exception {
        Path params = dir.resolve("bad.yaml");
        for (String[] c : new String[][] {{"imageType:\n  Mean: {support: 3, suport: 5}\n", "suport"}, {"setting:\n  binWidht: 25\n", "binWidht"}}) {
            Files.writeString(params, c[0]);
            CommandRunner r = CommandRunner.run("extract", "--image", TestPaths.testImages().resolve("ibsi1/phantom.nii.gz").toString(),
                "--mask", TestPaths.testImages().resolve("ibsi1/mask.nii.gz").toString(), "--params", params.toString(), "--conventions", "ibsi");
            assertEquals(1, r.code, r.toString());
            assertTrue(r.err.contains(params.toString()) && r.err.contains(c[1]), r.err);
        }
    }

    private static List<String> names(IbsiImageTypes types) {
        return types.filtered().stream().map(IbsiImageTypes.FilteredType::name).toList();
    }
}
