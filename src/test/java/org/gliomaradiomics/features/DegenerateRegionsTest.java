package org.gliomaradiomics.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gliomaradiomics.commands.CommandRunner;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.NrrdWriter;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A single-voxel region and a mask without any label: rows with diagnostics, never a failed or a vanished case. */
class DegenerateRegionsTest {
    @TempDir
    Path dir;
    Path image, single, empty;

    @BeforeEach
    void write() throws IOException {
        Geometry g = Geometry.of(8, 8, 8, 1, 1, 1);
        Volume img = Volume.zeros(g, DataType.FLOAT32), one = Volume.zeros(g, DataType.UINT8);
        for (int i = 0; i < img.voxels().length; i++) img.voxels()[i] = (i * 37) % 11;
        one.voxels()[4 + 8 * (4 + 8 * 4)] = 1;
        NrrdWriter.write(img, image = dir.resolve("img.nrrd"));
        NrrdWriter.write(one, single = dir.resolve("one.nrrd"));
        NrrdWriter.write(Volume.zeros(g, DataType.UINT8), empty = dir.resolve("empty.nrrd"));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(file)).getRecords();
    }

    private static String value(List<CSVRecord> rows, String feature) {
        return rows.stream().filter(r -> r.get("feature").equals(feature)).findFirst().orElseThrow(() -> new AssertionError(feature)).get("value");
    }

    @Test
    void aSingleVoxelHasItsVolumeAndNoPrincipalAxes() throws Exception {
        Path out = dir.resolve("one.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", image.toString(), "--mask", single.toString(), "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        List<CSVRecord> rows = csv(out);
        assertEquals("1", value(rows, "Mask_VoxelNum"));
        assertEquals(1.0, Double.parseDouble(value(rows, "VolumeVoxelCounting")), 0);
        // the sample covariance of one point is undefined (N - 1 = 0): no axis lengths, no elongation
        assertEquals("NaN", value(rows, "MajorAxisLength"));
        assertEquals("NaN", value(rows, "Elongation"));
    }

    @Test
    void aBatchKeepsSingleVoxelAndLabelFreeCases() throws Exception {
        Path manifest = dir.resolve("cases.csv"), out = dir.resolve("batch.csv");
        Files.writeString(manifest, "ID,Image,Mask,Label\none," + image + "," + single + ",1\nnone," + image + "," + empty + ",all\n");
        CommandRunner r = CommandRunner.run("batch-extract", "--manifest", manifest.toString(), "--out", out.toString(), "--format", "wide");
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("warning: case none: the mask has no label at all"), r.err);
        List<CSVRecord> rows = csv(out);
        assertEquals(List.of("one/1", "none/all"), rows.stream().map(x -> x.get("case") + "/" + x.get("label")).toList());
        assertEquals("0", rows.get(1).get("diagnostics_Mask_VoxelNum"));
        assertEquals("", rows.get(1).get("original_morphology_VolumeVoxelCounting"));
    }

    @Test
    void extractAllOnALabelFreeMaskWarnsAndWritesTheEmptyRow() throws Exception {
        Path out = dir.resolve("none.csv");
        CommandRunner r = CommandRunner.run("extract", "--image", image.toString(), "--mask", empty.toString(), "--label", "all", "--out", out.toString());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.err.contains("the mask has no label at all"), r.err);
        assertEquals("0", value(csv(out), "Mask_VoxelNum"));
    }

    @Test
    void aFractionalMaskIsRefusedNamingTheVoxel() throws Exception {
        Volume frac = Volume.zeros(Geometry.of(8, 8, 8, 1, 1, 1), DataType.FLOAT32);
        frac.voxels()[4 + 8 * (4 + 8 * 4)] = 1;
        frac.voxels()[5 + 8 * (4 + 8 * 4)] = 0.25; // a partial-volume voxel at (5, 4, 4)
        Path f = dir.resolve("fraction.nrrd");
        NrrdWriter.write(frac, f);
        CommandRunner r = CommandRunner.run("extract", "--image", image.toString(), "--mask", f.toString());
        assertEquals(1, r.code, r.toString());
        assertTrue(r.err.contains("fraction.nrrd: a mask holds whole label numbers, but voxel (5, 4, 4) is 0.25"), r.err);
    }
}
