// Longitudinal RANO 2.0 analysis of the bundled synthetic follow-up series (pseudoprogression scenario).
// Headless:  java -jar target/glioma-radiomics.jar macro macros/longitudinal_demo.ijm [PROJECT_FOLDER]
root = getArgument();
if (root != "" && !endsWith(root, "/")) root = root + "/";
dir = root + "test-images/longitudinal/";
out = getDirectory("temp") + "glioma-longitudinal-demo";
run("Longitudinal Analysis", "manifest=[" + dir + "series.csv] events=[" + dir + "events.csv] out=[" + out + "]");
// The Results table holds assessment.csv: one row per scan.
for (i = 0; i < nResults; i++)
    print(getResultString("date", i) + ": " + getResultString("response_bidimensional", i) + " (SPD " + d2s(getResult("spd_mm2", i), 0) + " mm2)");
print("report: " + out);
