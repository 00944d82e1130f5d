package org.gliomaradiomics.commands;

import org.gliomaradiomics.image.ModelFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.LabelRois;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.learn.Dataset;
import org.gliomaradiomics.learn.DatasetWriter;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.learn.SavedModel;
import org.gliomaradiomics.learn.TargetDefinition;
import org.gliomaradiomics.learn.WekaData;
import org.gliomaradiomics.preprocess.NyulLandmarks;
import org.gliomaradiomics.preprocess.WorldTransform;
import org.gliomaradiomics.report.ChartSvg;
import org.gliomaradiomics.report.KaplanMeierChart;
import org.gliomaradiomics.report.RocChart;
import org.gliomaradiomics.survival.KaplanMeier;
import org.gliomaradiomics.survival.KaplanMeierCurve;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of output goes through {@link AtomicFiles}: while another writer holds an output's lock, each writer
 * refuses to touch it (the previous content stays), and when free each writes it leaving nothing else behind.
 */
class EveryWriterIsAtomicTest {
    @TempDir
    Path dir;

    interface Writer {
        void write(Path file) throws Exception;
    }

    @Test
    void everyWriterTakesTheOutputsLockAndLeavesNoTemporaryFile() throws Exception {
        Volume v = new Volume(Geometry.of(4, 3, 2, 1, 1, 2), new double[24], DataType.UINT8);
        v.voxels()[5] = 1;
        Dataset d = new Dataset(new double[][] {{1, 2}, {2, 1}, {1.5, 2.5}, {2.5, 0.5}}, new String[] {"a", "b"}, new String[] {"p1", "p2", "p3", "p4"},
            new int[] {0, 1, 0, 1}, new String[] {"negative", "positive"}, null);
        KaplanMeierCurve km = KaplanMeier.estimate(new double[] {1, 2, 3}, new boolean[] {true, false, true});
        Table table = new Table("x", "y");
        table.addRow(1, 2.5);
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put("image.nii.gz", f -> ImageIO.write(v, f));
        writers.put("image.nii", f -> ImageIO.write(v, f));
        writers.put("image.nrrd", f -> ImageIO.write(v, f));
        writers.put("image.nhdr", f -> ImageIO.write(v, f));
        writers.put("image.tif", f -> ImageIO.write(v, f));
        writers.put("RoiSet.zip", f -> LabelRois.writeZip(LabelRois.toRois(v), f));
        writers.put("table.csv", f -> CsvWriter.write(table, f));
        writers.put("km.png", f -> KaplanMeierChart.savePng(KaplanMeierChart.create("t", "days", List.of(km), List.of("all"), null, true), f, 200, 150));
        writers.put("km.svg", f -> ChartSvg.save(KaplanMeierChart.create("t", "days", List.of(km), List.of("all"), null, true), f, 200, 150));
        writers.put("roc.svg", f -> ChartSvg.save(KaplanMeierChart.create("t", "days", List.of(km), List.of("all"), null, false), f, 200, 150));
        writers.put("roc.png", f -> RocChart.savePng(f, "ROC", List.of(new RocChart.Series("x", new double[] {0.1, 0.9}, new boolean[] {false, true})), 200, 150));
        writers.put("landmarks.csv", f -> AtomicFiles.writeText(f, w -> w.write(new NyulLandmarks(new double[] {1, 50, 99}, new double[] {0, 50, 100}).toCsv())));
        writers.put("transform.txt", f -> AtomicFiles.writeText(f, w -> w.write(WorldTransform.identity().fileText(f.getFileName().toString()))));
        writers.put("dataset.csv", f -> AtomicFiles.writeText(f, w -> DatasetWriter.writeWideCsv(d, w)));
        writers.put("dataset.arff", f -> AtomicFiles.writeText(f, w -> WekaData.saveArff(d, "dataset", w)));
        writers.put("classifier.model", f -> ModelFiles.save(f, SavedModel.KIND, SavedModel.train(PipelineSpec.fromYaml("classifier: {name: NaiveBayes}"), d,
            TargetDefinition.binary("y", "pos"), null, 1)));
        for (Map.Entry<String, Writer> w : writers.entrySet()) {
            Path file = dir.resolve(w.getKey());
            Files.writeString(file, "previous");
            try (AtomicFiles.OutputLock held = AtomicFiles.lock(file)) {
                IOException e = assertThrows(IOException.class, () -> w.getValue().write(file), w.getKey());
                assertTrue(e.getMessage().contains("another run is writing"), w.getKey() + ": " + e.getMessage());
            }
            assertEquals("previous", Files.readString(file), w.getKey());
            w.getValue().write(file);
            assertTrue(Files.size(file) > 0 && !Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).equals("previous"), w.getKey());
        }
        try (var files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lock") || n.endsWith(".part") || n.startsWith(".")).toList();
            assertEquals(List.of(), left);
        }
    }
}
