package org.gliomaradiomics.commands;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.filters.FilterFactory;
import org.gliomaradiomics.filters.FilterSpecException;
import org.gliomaradiomics.filters.ImageFilter;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.settings.Problems;
import org.gliomaradiomics.settings.YamlDocuments;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Apply Radiomics Filter",
    description = "IBSI 2 convolutional filter (mean, LoG, Laws, Gabor, wavelets; zero/nearest/periodic/mirror padding) as a float response map")
public class FilterCommand extends RadiomicsCommand {
    /** Descriptive keys a filter file may carry beside its {@code filter:} section. */
    private static final Set<String> METADATA = Set.of("id", "phantom", "reference", "description", "filter");

    @CommandLineRequired
    @Parameter(label = "Image", required = false, description = "Image to filter (in Fiji: empty = the open image)", persist = false)
    private ImageInput image;

    @Parameter(label = "Filter file (YAML)", style = "open", description = "Filter YAML: type and the filter's parameters as in an imageType entry (padding mirror, dimensionality 3D unless given; or a 'filter:' section)", persist = false)
    private File params;

    @CommandLineRequired
    @Parameter(label = "Save response as", style = "save", required = false, description = "Response map to write (float, geometry kept)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        ImageFilter filter = filter();
        Volume v = (image != null ? image : ImageInput.current(context(), "image")).read(context());
        Volume response = filter.apply(v, f -> progress().report("filtering", f));
        outputs().image(response.withType(DataType.FLOAT32), out, "response");
    }

    /**
     * The one filter of the file, read like an {@code imageType} entry of an extraction parameter file (same keys,
     * same defaults); a list that makes several filters is refused with their names.
     */
    private ImageFilter filter() throws Exception {
        Map<String, Object> spec = new LinkedHashMap<>(spec());
        Object type = spec.remove("type");
        if (type == null) throw new CommandException(params + ": 'type' is missing (mean, log, laws, gabor, wavelet, simoncelli or riesz)");
        List<FilterFactory.Named> filters;
        try {
            filters = FilterFactory.expand(String.valueOf(type), spec);
        } catch (FilterSpecException e) {
            throw new CommandException(Problems.message(params.toString(), e.problems()));
        }
        if (filters.size() > 1)
            throw new CommandException(params + ": gives " + filters.size() + " response maps (" + String.join(", ", filters.stream().map(FilterFactory.Named::name).toList())
                + "); this command writes one: give one value of each list, or use extract's imageType for several");
        return filters.get(0).filter();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> spec() throws Exception {
        Object root;
        try {
            root = YamlDocuments.read(params.toPath());
        } catch (java.io.IOException e) {
            throw new CommandException(e.getMessage());
        }
        if (!(root instanceof Map)) throw new CommandException(params + ": expected a mapping (type: log, sigma_mm: 3, ...)");
        Map<String, Object> map = (Map<String, Object>) root;
        if (!(map.get("filter") instanceof Map)) return map;
        for (String k : map.keySet()) if (!METADATA.contains(k)) throw new CommandException(params + ": unknown key '" + k + "' beside the filter section");
        return (Map<String, Object>) map.get("filter");
    }
}
