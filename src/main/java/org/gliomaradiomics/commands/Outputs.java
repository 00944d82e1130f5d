package org.gliomaradiomics.commands;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gliomaradiomics.image.ImagePlusViews;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;

/**
 * Publishes one run's results the way its front end expects, and keeps them as the command's declared SciJava
 * outputs ({@code results}, {@code result_image}, {@code result_labels}), so a script calling the command through
 * CommandService gets them back.
 */
public final class Outputs {
    private final CommandContext context;
    ResultsTable results;
    ImagePlus image;
    ImagePlus labels;

    Outputs(CommandContext context) {
        this.context = context;
    }

    /**
     * Writes the table to {@code out} as CSV when given; on the command line without {@code out} prints it to
     * standard output; in ImageJ also makes it the Results table (so macros read it with nResults/getResult).
     */
    public void table(Table table, File out, String title) throws IOException {
        if (out != null) CsvWriter.write(table, out.toPath());
        if (context.commandLine()) {
            if (out == null) {
                Writer w = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
                CsvWriter.write(table, w);
                w.flush();
            } else {
                context.err().println("wrote " + table.rowCount() + " row(s) to " + out);
            }
        } else {
            results = toResultsTable(table);
            showInImageJ(results, title);
        }
    }

    /** Text for the user: standard output on the command line, the ImageJ log otherwise. */
    public void message(String text) {
        if (context.commandLine()) context.out().println(text);
        else ij.IJ.log(text);
    }

    /** A warning for the user (the work went on): standard error on the command line, the ImageJ log otherwise. */
    public void warning(String text) {
        if (context.commandLine()) context.err().println("warning: " + text);
        else ij.IJ.log("Warning: " + text);
    }

    /** A note on how the input was understood: standard error on the command line, the ImageJ log otherwise. */
    public void note(String text) {
        if (context.commandLine()) context.err().println("note: " + text);
        else ij.IJ.log(text);
    }

    /**
     * Publishes an image result: writes it to {@code out} when given (required on the command line); in ImageJ
     * also opens it as an image window (in a batch macro it becomes the macro's current image).
     */
    public void image(Volume volume, File out, String title) throws IOException {
        ImagePlus imp = publish(volume, out, title);
        if (imp != null && image == null) image = imp;
    }

    /** Like {@link #image} for a label map: the command's {@code result_labels} output. */
    public void labels(Volume volume, File out, String title) throws IOException {
        ImagePlus imp = publish(volume, out, title);
        if (imp != null && labels == null) labels = imp;
    }

    /** An image made in ImageJ (a hyperstack, a plot): shown, and the command's image output. */
    public void show(ImagePlus imp) {
        if (context.commandLine()) return;
        imp.show();
        if (image == null) image = imp;
    }

    private ImagePlus publish(Volume volume, File out, String title) throws IOException {
        if (out == null && context.commandLine()) throw new UsageException("--out is required on the command line");
        if (out != null) {
            org.gliomaradiomics.image.ImageIO.write(volume, out.toPath());
            if (context.commandLine()) context.err().println("wrote " + out);
        }
        if (context.commandLine()) return null;
        ImagePlus imp = ImagePlusViews.toImagePlus(volume, title);
        imp.show();
        return imp;
    }

    static ResultsTable toResultsTable(Table table) {
        ResultsTable rt = new ResultsTable();
        rt.setPrecision(-9); // scientific notation with 9 digits: radiomic features span many magnitudes
        for (Object[] row : table.rows()) {
            rt.incrementCounter();
            for (int c = 0; c < row.length; c++) {
                String col = table.columns().get(c);
                Object v = row[c];
                if (v instanceof Number) rt.addValue(col, ((Number) v).doubleValue());
                else rt.addValue(col, v == null ? "" : v.toString());
            }
        }
        return rt;
    }

    private static void showInImageJ(ResultsTable rt, String title) {
        Analyzer.setResultsTable(rt);
        if (!ij.macro.Interpreter.isBatchMode() && !java.awt.GraphicsEnvironment.isHeadless()) rt.show("Results");
    }
}
