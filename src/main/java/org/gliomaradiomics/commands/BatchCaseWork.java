package org.gliomaradiomics.commands;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.features.CaseExtraction;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.image.ImageIO;
import org.gliomaradiomics.image.Volume;

/**
 * The work of {@code batch-extract} on one case of a manifest: the parameter file read under the chosen conventions,
 * the image and mask read, every region extracted. One implementation for the command, its shards and the Spark job
 * (which reads the files from a Hadoop file system and hands over local copies).
 */
public final class BatchCaseWork {
    private final ExtractionSetup setup;
    private final String settings;

    private BatchCaseWork(ExtractionSetup setup, String settings) {
        this.setup = setup;
        this.settings = settings;
    }

    /** The cores a case uses come from the thread budget open around the work (parallel.Threads), never from here. */
    static BatchCaseWork of(File params, String conventions, String label, Outputs outputs) throws Exception {
        ExtractionSetup setup = ExtractionSetup.of(params, conventions, label, outputs);
        String paramsText = params == null ? "(defaults)" : Files.readString(params.toPath(), StandardCharsets.ISO_8859_1);
        String version = BatchExtractCommand.class.getPackage().getImplementationVersion();
        return new BatchCaseWork(setup, "conventions=" + conventions + "\nlabel=" + (label == null ? "" : label.trim()) + "\nversion=" + version + "\nparams=" + paramsText);
    }

    /** For runners outside a command (the Spark job): notes on how the parameter file was read go to standard error. */
    public static BatchCaseWork of(File params, String conventions, String label) throws Exception {
        return of(params, conventions, label, new Outputs(CommandContext.commandLine(System.err, Progress.NONE)));
    }

    /** The results of one case, its files read from {@code image} and {@code mask} (the case's own, or local copies). */
    public List<CaseResult> extract(BatchManifest.Case c, Path image, Path mask) throws IOException {
        Volume img = ImageIO.read(image), m = null;
        try {
            m = ImageIO.readMask(mask.toString(), img.geometry(), setup.extractor().placesMaskOnImageGrid());
            return CaseExtraction.extract(c.id(), img, m, c.regions(setup.regions()), setup.extractor(), c.carried());
        } finally {
            Volume.recycle(img, m); // the results hold numbers only; the next case reads into these arrays
        }
    }

    /** What the results depend on besides a case's manifest row: a resumed case must have been computed under the same. */
    public String settings() {
        return settings;
    }
}
