package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.io.File;
import java.util.Map;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** The path the Fiji menu takes: SciJava's command service runs the command and ImageJ gets its Results table. */
class SciJavaCommandTest {
    @Test
    void labelStatisticsRunsAsASciJavaCommand() throws Exception {
        try (Context context = new Context(CommandService.class)) {
            File dir = TestPaths.testImages().resolve("ibsi1").toFile();
            CommandModule module = context.service(CommandService.class).run(LabelStatsCommand.class, true,
                Map.of("image", new File(dir, "phantom.nii.gz"), "mask", new File(dir, "mask.nii.gz"))).get();
            assertFalse(module.isCanceled(), String.valueOf(module.getCancelReason()));
            ResultsTable rt = Analyzer.getResultsTable();
            assertEquals(1, rt.size());
            assertEquals(74, rt.getValue("voxel_count", 0)); // IBSI phantom ROI
            assertEquals(592, rt.getValue("volume_mm3", 0), 1e-9);
        }
    }

    /** A script passes open images (ImagePlus objects) where a command takes an image and a mask. */
    @Test
    void scriptPassesOpenImages() throws Exception {
        ij.macro.Interpreter.batchMode = true; // "shown" images are then found by title, as in a headless macro
        try (Context context = new Context(CommandService.class, org.scijava.convert.ConvertService.class)) {
            var dir = TestPaths.testImages().resolve("brain1");
            ij.ImagePlus image = org.gliomaradiomics.image.ImagePlusViews.toImagePlus(
                org.gliomaradiomics.image.ImageIO.read(dir.resolve("brain1_image.nrrd")), "brain1 t1");
            ij.ImagePlus labels = org.gliomaradiomics.image.ImagePlusViews.toImagePlus(
                org.gliomaradiomics.image.ImageIO.read(dir.resolve("brain1_label.nrrd")), "brain1 seg");
            image.show();
            labels.show();
            CommandModule module = context.service(CommandService.class).run(LabelStatsCommand.class, true,
                Map.of("image", image, "mask", labels)).get();
            assertFalse(module.isCanceled(), String.valueOf(module.getCancelReason()));
            ResultsTable rt = (ResultsTable) module.getOutput("results");
            assertEquals(4137, rt.getValue("voxel_count", 0)); // brain1 label 1 (independent count, see JarIT)
            assertEquals(825.2354363065023, rt.getValue("mean", 0), 1e-9);
            ij.macro.Interpreter.removeBatchModeImage(image);
            ij.macro.Interpreter.removeBatchModeImage(labels);
        } finally {
            ij.macro.Interpreter.batchMode = false;
        }
    }
}
