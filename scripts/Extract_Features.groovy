// Radiomic features of one case from a Fiji script: open this file in Fiji's script editor (File > Open...) and Run.
// The suite's commands are SciJava commands: CommandService runs them with the inputs named by their macro keys
// (see each command's Help button), and the module hands back the declared outputs ("results": the table,
// "result_image", "result_labels"). Images and masks may be files, open images (ImagePlus or window title) or,
// for masks, "<roi-manager>" and "<selection>".
#@ CommandService command
#@ File (label = "Image", style = "open") image
#@ File (label = "Mask (label map)", style = "open") mask
#@ File (label = "Parameter file (YAML)", style = "open", required = false) params
#@ String (label = "Regions", value = "1") regions
#@output ResultsTable features

def inputs = ["image": image, "mask": mask, "label": regions, "format": "long"]
if (params != null) inputs["params"] = params
def module = command.run(org.gliomaradiomics.commands.ExtractCommand, true, inputs).get()
if (module.isCanceled()) throw new IllegalStateException(module.getCancelReason())
features = module.getOutput("results")

// One value from the table: the 3D GLCM joint maximum, averaged over directions (IBSI code GYBY).
def row = (0..<features.size()).find {
    features.getStringValue("ibsi_code", it) == "GYBY" && features.getStringValue("aggregation", it) == "3D:avg"
}
println "${features.size()} values; GLCM joint maximum (3D:avg) = ${row == null ? 'n/a' : features.getValue('value', row)}"
