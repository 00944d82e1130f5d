// IBSI radiomic features of the IBSI 1 digital phantom, with the settings that reproduce the IBSI reference values.
// Headless:  java -jar target/glioma-radiomics.jar macro macros/extract_demo.ijm [PROJECT_FOLDER]
root = getArgument();
if (root != "" && !endsWith(root, "/")) root = root + "/";
dir = root + "test-images/ibsi1/";
run("Extract Radiomics Features", "image=[" + dir + "phantom.nii.gz] mask=[" + dir + "mask.nii.gz] params=[" + dir + "settings.yaml] format=long");
// The Results table has one row per value (diagnostics first).
for (i = 0; i < nResults; i++) {
    if (getResultString("feature", i) == "JointMaximum" && getResultString("aggregation", i) == "3D:avg")
        print("GLCM joint maximum (3D:avg): " + getResult("value", i) + " (IBSI reference 0.503)");
}
print(nResults + " values");
