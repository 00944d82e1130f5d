package org.gliomaradiomics.commands;

import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gliomaradiomics.report.CsvWriter;
import org.gliomaradiomics.report.Table;

/** Publishes a command's results the way its front end expects. */
public final class Outputs {
    private static volatile PrintStream standardOut = System.out;

    private Outputs() {}

    /** Redirects command-line output (tests). */
    public static void setStandardOut(PrintStream out) {
        standardOut = out;
    }

    public static PrintStream standardOut() {
        return standardOut;
    }

    /**
     * Writes the table to {@code out} as CSV when given; on the command line without {@code out} prints it to
     * standard output; in ImageJ also makes it the Results table (so macros read it with nResults/getResult).
     */
    public static void table(Table table, File out, String title) throws IOException {
        if (out != null) CsvWriter.write(table, out.toPath());
        if (CommandEnvironment.commandLine()) {
            if (out == null) {
                Writer w = new OutputStreamWriter(standardOut, StandardCharsets.UTF_8);
                CsvWriter.write(table, w);
                w.flush();
            } else {
                System.err.println("wrote " + table.rowCount() + " row(s) to " + out);
            }
        } else {
            showInImageJ(table, title);
        }
    }

    /** Text for the user: standard output on the command line, the ImageJ log otherwise. */
    public static void message(String text) {
        if (CommandEnvironment.commandLine()) standardOut.println(text);
        else ij.IJ.log(text);
    }

    /**
     * Publishes an image result: writes it to {@code out} when given (required on the command line); in ImageJ
     * also opens it as an image window (in a batch macro it becomes the macro's current image).
     */
    public static void image(org.gliomaradiomics.image.Volume volume, File out, String title) throws IOException {
        if (out == null && CommandEnvironment.commandLine()) throw new CommandException("--out is required on the command line");
        if (out != null) {
            org.gliomaradiomics.image.ImageIO.write(volume, out.toPath());
            if (CommandEnvironment.commandLine()) System.err.println("wrote " + out);
        }
        if (!CommandEnvironment.commandLine()) org.gliomaradiomics.image.ImagePlusViews.toImagePlus(volume, title).show();
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

    private static void showInImageJ(Table table, String title) {
        ResultsTable rt = toResultsTable(table);
        Analyzer.setResultsTable(rt);
        if (!ij.macro.Interpreter.isBatchMode() && !java.awt.GraphicsEnvironment.isHeadless()) rt.show("Results");
    }
}
