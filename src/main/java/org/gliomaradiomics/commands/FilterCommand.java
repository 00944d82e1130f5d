package org.gliomaradiomics.commands;

import org.gliomaradiomics.image.TextFiles;
import java.io.File;
import java.io.Reader;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.filters.FilterFactory;
import org.gliomaradiomics.features.filters.ImageFilter;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Volume;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Apply Radiomics Filter",
    description = "IBSI 2 convolutional filter (mean, LoG, Laws, Gabor, wavelets; zero/nearest/periodic/mirror padding) as a float response map")
public class FilterCommand extends RadiomicsCommand {
    /** Descriptive keys a filter file may carry beside its {@code filter:} section. */
    private static final Set<String> METADATA = Set.of("id", "phantom", "reference", "description", "filter");

    @Parameter(label = "Image", required = false, description = "Image to filter (in Fiji: empty = the open image)", persist = false)
    private ImageInput image;

    @Parameter(label = "Filter file (YAML)", style = "open", description = "Filter YAML: type, padding, dimensionality and the filter's parameters (or a 'filter:' section)", persist = false)
    private File params;

    @Parameter(label = "Save response as", style = "save", required = false, description = "Response map to write (float, geometry kept)", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        Map<String, Object> spec = spec();
        ImageFilter filter = Inputs.about(params, () -> FilterFactory.create(spec));
        Volume v = (image != null ? image : ImageInput.current(context(), "image")).read(context());
        Volume response = filter.apply(v, f -> progress().report("filtering", f));
        outputs().image(response.withType(DataType.FLOAT32), out, "response");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> spec() throws Exception {
        Object root;
        try (Reader r = TextFiles.reader(params.toPath())) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new CommandException(params + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (!(root instanceof Map)) throw new CommandException(params + ": expected a mapping (type: log, sigma_mm: 3, ...)");
        Map<String, Object> map = (Map<String, Object>) root;
        if (!(map.get("filter") instanceof Map)) return map;
        for (String k : map.keySet()) if (!METADATA.contains(k)) throw new CommandException(params + ": unknown key '" + k + "' beside the filter section");
        return (Map<String, Object>) map.get("filter");
    }
}
