package org.gliomaradiomics.commands;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;
import org.gliomaradiomics.segment.BratsRegions;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Segmentation>BraTS Regions",
    description = "Derive whole tumour (WT), tumour core (TC) or enhancing tumour (ET) from a BraTS label map, or relabel it")
public class BratsRegionsCommand extends RadiomicsCommand {
    @Parameter(label = "Label map", description = "BraTS label map (1 necrosis, 2 oedema, 4 or 3 enhancing)", persist = false)
    private ImageInput labels;

    @Parameter(label = "Region", choices = {"WT", "TC", "ET", "relabel"}, description = "Region mask to derive, or relabel with 'mapping'", persist = false)
    private String region = "WT";

    @Parameter(label = "Label convention", choices = {"auto", "2017-2021", "2023"}, description = "Which label is enhancing tumour (4 until 2021, 3 in 2023)", persist = false)
    private String convention = "auto";

    @Parameter(label = "Relabel mapping (from:to)", required = false, description = "relabel: old:new pairs, e.g. '4:3' (BraTS 2021 to 2023)", persist = false)
    private String mapping = "";

    @CommandLineRequired
    @Parameter(label = "Save label map as", style = "save", required = false, description = "Mask or label map to write", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Volume map = labels.readLabels(context());
        if (region.equals("relabel")) {
            outputs().image(Inputs.about(labels, () -> BratsRegions.relabel(map, parseMapping(mapping))), out, "relabelled");
            return;
        }
        BratsRegions.Region r = switch (region) {
            case "TC" -> BratsRegions.Region.TUMOUR_CORE;
            case "ET" -> BratsRegions.Region.ENHANCING_TUMOUR;
            default -> BratsRegions.Region.WHOLE_TUMOUR;
        };
        boolean[] mask = Inputs.about(labels, () -> switch (convention) {
            case "2017-2021" -> BratsRegions.region(map, r, BratsRegions.Convention.BRATS_2017_2021);
            case "2023" -> BratsRegions.region(map, r, BratsRegions.Convention.BRATS_2023);
            default -> BratsRegions.region(map, r);
        });
        if (Masks.count(mask) == 0) {
            int[] present = map.labels();
            outputs().warning(labels.name() + ": region " + region + " is empty (the label map's labels: "
                + (present.length == 0 ? "none" : java.util.Arrays.toString(present).replaceAll("[\\[\\]]", "")) + "); writing an empty mask");
        }
        outputs().image(Masks.toVolume(mask, map.geometry()), out, region);
    }

    static Map<Integer, Integer> parseMapping(String text) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (String pair : text.split("[,;\\s]+")) {
            if (pair.isEmpty()) continue;
            String[] p = pair.split(":");
            try {
                m.put(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            } catch (RuntimeException e) {
                throw new UsageException("--mapping: '" + pair + "' is not old:new");
            }
        }
        if (m.isEmpty()) throw new UsageException("--mapping is required for relabel, e.g. 4:3");
        return m;
    }
}
