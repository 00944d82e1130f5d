// Longitudinal RANO 2.0 analysis of the bundled synthetic follow-up series (pseudoprogression scenario).
// Headless:  java -jar target/glioma-radiomics.jar macro macros/longitudinal_demo.ijm [PROJECT_FOLDER]
root = getArgument();
if (root != "" && !endsWith(root, "/")) root = root + "/";
dir = root + "test-images/longitudinal/";
out = getDirectory("temp") + "glioma-longitudinal-demo";
run("Longitudinal Analysis", "manifest=[" + dir + "series.csv] events=[" + dir + "events.csv] out=[" + out + "]");
// The Results table holds assessment.csv: one row per scan, with its own category and, when a later scan resolved a
// preliminary PD, its revised category (pseudoprogression, or PD when confirmed).
for (i = 0; i < nResults; i++) {
    own = getResultString("response_bidimensional", i);
    revised = getResultString("revised_response_bidimensional", i);
    if (revised != own) own = own + ", revised: " + revised;
    print(getResultString("date", i) + ": " + own + " (SPD " + d2s(getResult("spd_mm2", i), 0) + " mm2)");
}
print("report: " + out);
