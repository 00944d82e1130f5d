// Label statistics of the bundled brain1 case (tumour label 1).
// Headless:  java -jar target/glioma-radiomics.jar macro macros/label_stats_demo.ijm [PROJECT_FOLDER]
// In Fiji:   open this file and Run (the argument is empty: paths are relative to the working folder).
root = getArgument();
if (root != "" && !endsWith(root, "/")) root = root + "/";
image = root + "test-images/brain1/brain1_image.nrrd";
mask = root + "test-images/brain1/brain1_label.nrrd";
run("Label Statistics", "image=[" + image + "] mask=[" + mask + "]");
if (nResults != 1) exit("expected one label, got " + nResults);
print("label " + getResult("label", 0) + ": " + getResult("voxel_count", 0) + " voxels, "
    + d2s(getResult("volume_mm3", 0), 3) + " mm3, mean " + d2s(getResult("mean", 0), 3));
