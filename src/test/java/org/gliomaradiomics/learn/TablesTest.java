package org.gliomaradiomics.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.image.AtomicFiles;
import org.gliomaradiomics.table.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

class TablesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void longFormatIsPivotedToNamedColumns() throws IOException {
        Path f = write("long.csv", String.join("\n",
                "case,label,image_type,family,feature,ibsi_code,aggregation,value",
                "p1,1,original,glcm,JointEntropy,TU9B,3D:avg,2.5",
                "p1,1,original,firstorder,Mean,Q4LE,,10",
                "p2,1,original,glcm,JointEntropy,TU9B,3D:avg,3.5",
                "p2,1,original,firstorder,Mean,Q4LE,,NA", ""));
        FeatureTable t = FeatureTableReader.read(CsvReader.read(f), null);
        assertArrayEquals(new String[] {"p1", "p2"}, t.ids);
        assertArrayEquals(new String[] {"original_glcm_JointEntropy_3D:avg", "original_firstorder_Mean"}, t.names);
        assertEquals(3.5, t.values[1][0]);
        assertTrue(Double.isNaN(t.values[1][1]));
    }

    @Test
    void wideTablesDropDiagnosticsAndTextAndJoinOnId() throws IOException {
        Path a = write("pyrad.csv", String.join("\n",
                "ID,Image,Mask,diagnostics_Versions_PyRadiomics,original_shape_Sphericity,original_firstorder_Mean",
                "P1,img1.nii,m.nii,v3.1.0,0.7,100",
                "P2,img2.nii,m.nii,v3.1.0,0.8,",
                "P3,img3.nii,m.nii,v3.1.0,0.9,300", ""));
        Path b = write("captk.csv", String.join("\n",
                "SubjectID,T1GD_ET_Intensity_Mean", "P2,5", "P3,6", "P4,7", ""));
        List<String> unmatched = new ArrayList<>();
        FeatureTable t = FeatureTableReader.readAll(CsvReader.readAll(List.of(a, b)), null, unmatched);
        assertArrayEquals(new String[] {"original_shape_Sphericity", "original_firstorder_Mean", "T1GD_ET_Intensity_Mean"}, t.names);
        assertArrayEquals(new String[] {"P2", "P3"}, t.ids);
        assertEquals(List.of("P1", "P4"), unmatched);
        assertEquals(6, t.values[1][2]);
    }

    @Test
    void cPrintfNanIsAMissingValue() throws IOException {
        // UPenn-GBM's CaPTk tables write a NaN with its sign bit set as "-nan" (C printf), e.g. FLAIR_NC eccentricity
        Path f = write("captk-nan.csv", "SubjectID,e,g\nP1,-nan,1\nP2,0.5,nan\nP3,0.25,2\n");
        FeatureTable t = FeatureTableReader.read(CsvReader.read(f), null);
        assertTrue(Double.isNaN(t.values[0][0]) && Double.isNaN(t.values[1][1]));
        assertEquals(0.25, t.values[2][0]);
    }

    @Test
    void aTextCellInANumericColumnAnInfiniteValueOrARepeatedColumnIsAnErrorNamingColumnAndLine() throws IOException {
        Path f = write("bad.csv", "ID,site,f1,f2\nP1,A,1.5,2\nP2,B,n.d.,3\nP3,C,2.5,4\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(f), null));
        assertEquals(f + ": line 3, column 'f1': 'n.d.' is not a number (use an empty cell or NA for a missing value)", e.getMessage());

        Files.writeString(f, "ID,f1,f2\nP1,1.5,2\nP2,1,-Infinity\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(f), null));
        assertEquals(f + ": line 3, column 'f2': '-Infinity' is infinite; fix or blank the cell", e.getMessage());
        Files.writeString(f, "ID,f1\nP1,1e400\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(f), null));
        assertTrue(e.getMessage().contains("'1e400' is infinite"), e.getMessage());

        Files.writeString(f, "ID,f1,f2,f1\nP1,1,2,3\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(f), null));
        assertEquals(f + ": column 'f1' appears twice (columns 2 and 4)", e.getMessage());
        Files.writeString(f, "ID,f1,f1 \nP1,1,2\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(f), null));
        assertEquals(f + ": column 'f1' appears twice (columns 2 and 3)", e.getMessage());

        Path l = write("long-bad.csv", String.join("\n", "case,label,image_type,family,feature,ibsi_code,aggregation,value",
            "p1,1,,diagnostics,Versions,,,v1.0", "p1,1,original,firstorder,Mean,Q4LE,,ten", ""));
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FeatureTableReader.read(CsvReader.read(l), null));
        assertEquals(l + ": line 3, column 'original_firstorder_Mean': 'ten' is not a number (use an empty cell or NA for a missing value)", e.getMessage());
    }

    private Path clinical() throws IOException {
        return write("clinical.csv", String.join("\n",
                "ID,Sex,Age at MRI,IDH,WHO CNS Grade,site",
                "P1,M,50,wildtype,4,A",
                "P2,F,40,IDH1 p.R132H,2,A",
                "P3,M,,mutated (NOS),3,B",
                "P4,F,70,,4,B",
                "P5,M,60,wildtype,4,B", ""));
    }

    private FeatureTable features() {
        return new FeatureTable(new String[] {"P1", "P2", "P3", "P4", "P6"}, new String[] {"f"},
                new double[][] {{1}, {2}, {3}, {4}, {6}});
    }

    @Test
    void binaryTargetByRegexWithCovariatesAndReport() throws IOException {
        DatasetReport report = new DatasetReport();
        Dataset d = new DatasetBuilder(features(), ClinicalTable.read(CsvReader.read(clinical()), "ID"))
                .target(TargetDefinition.binary("IDH", "(?i)mut|IDH[12]"))
                .covariates(List.of("Age at MRI", "Sex"))
                .batchColumn("site")
                .build(report);
        assertArrayEquals(new String[] {"P1", "P2", "P3"}, d.ids);
        assertArrayEquals(new int[] {0, 1, 1}, d.y);
        assertArrayEquals(new String[] {"f", "clinical_Age_at_MRI", "clinical_Sex_M"}, d.featureNames);
        assertArrayEquals(new double[] {2, 40, 0}, d.x[1]);
        assertTrue(Double.isNaN(d.x[2][1]), "missing age stays missing");
        assertArrayEquals(new String[] {"A", "A", "B"}, d.batch);
        assertEquals(List.of("P4"), report.missingTarget);
        assertEquals(List.of("P6"), report.featuresWithoutClinical);
        assertEquals(List.of("P5"), report.clinicalWithoutFeatures);
    }

    @Test
    void multiClassTargetUsesEveryValueSortedNumerically() throws IOException {
        Dataset d = new DatasetBuilder(features(), ClinicalTable.read(CsvReader.read(clinical()), null))
                .target(TargetDefinition.multiClass("WHO CNS Grade")).build(new DatasetReport());
        assertArrayEquals(new String[] {"2", "3", "4"}, d.classNames);
        assertArrayEquals(new int[] {2, 0, 1, 2}, d.y);
    }

    @Test
    void arffExportOpensInWeka() throws IOException {
        Dataset d = SyntheticData.signal(10, 3, 1, 1, 1);
        d.x[0][1] = Double.NaN;
        Path arff = dir.resolve("data.arff");
        AtomicFiles.writeText(arff, w -> WekaData.saveArff(d, arff.getFileName().toString().replaceFirst("\\.arff$", ""), w));
        ArffLoader loader = new ArffLoader();
        loader.setFile(arff.toFile());
        Instances inst = loader.getDataSet();
        assertEquals(10, inst.numInstances());
        assertEquals(4, inst.numAttributes());
        assertTrue(inst.instance(0).isMissing(1));
        assertEquals(d.x[3][2], inst.instance(3).value(2), 1e-15);
        assertEquals("positive", inst.instance(1).stringValue(3));
    }
}
