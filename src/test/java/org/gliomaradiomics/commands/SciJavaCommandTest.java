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
}
