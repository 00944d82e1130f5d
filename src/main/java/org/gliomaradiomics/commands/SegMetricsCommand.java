package org.gliomaradiomics.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.segment.BratsRegions;
import org.gliomaradiomics.segment.OverlapMetrics;
import org.gliomaradiomics.table.Table;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>Segmentation Metrics",
    description = "Dice, Jaccard, sensitivity, precision, volume difference, Hausdorff, HD95 and ASSD (mm) of a mask against a reference")
public class SegMetricsCommand extends RadiomicsCommand {
    @Parameter(label = "Reference label map", description = "Reference label map", persist = false)
    private ImageInput reference;

    @Parameter(label = "Test label map", description = "Label map to evaluate (same grid)", persist = false)
    private MaskInput test;

    @Parameter(label = "Label (0 = every label)", required = false, description = "Only this label (0 = every label present)", persist = false)
    private int label;

    @Parameter(label = "BraTS regions (WT, TC, ET)", required = false, description = "Also report the BraTS regions WT, TC, ET", persist = false)
    private boolean brats_regions;

    @Parameter(label = "Save table as (CSV)", style = "save", required = false, description = "CSV file to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume ref = reference.readLabels(context());
        Volume tst = test.read(context(), ref.geometry(), reference.openImage());
        List<String> columns = new ArrayList<>(List.of("label"));
        columns.addAll(List.of(OverlapMetrics.Overlap.names()));
        Table t = new Table(columns);
        Map<Integer, OverlapMetrics.Overlap> perLabel = Inputs.about(test, () -> OverlapMetrics.perLabel(tst, ref));
        for (Map.Entry<Integer, OverlapMetrics.Overlap> e : perLabel.entrySet())
            if (label == 0 || e.getKey() == label) t.addRow(row(e.getKey().toString(), e.getValue()));
        if (label != 0 && !perLabel.containsKey(label)) throw new CommandException(test + ": label " + label + " is in neither map");
        if (brats_regions) {
            Map<BratsRegions.Region, OverlapMetrics.Overlap> regions = Inputs.about(test, () -> OverlapMetrics.bratsRegions(tst, ref, null));
            for (Map.Entry<BratsRegions.Region, OverlapMetrics.Overlap> e : regions.entrySet()) t.addRow(row(e.getKey().abbreviation, e.getValue()));
        }
        outputs().table(t, out, "Segmentation Metrics");
    }

    private static Object[] row(String name, OverlapMetrics.Overlap o) {
        double[] v = o.values();
        Object[] r = new Object[v.length + 1];
        r[0] = name;
        for (int i = 0; i < v.length; i++) r[i + 1] = v[i];
        return r;
    }
}
