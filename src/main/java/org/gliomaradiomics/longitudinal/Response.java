package org.gliomaradiomics.longitudinal;

/** RANO 2.0 categories of one scan, plus the rows that are not assessed (before and at baseline). */
public enum Response {
    /** Before the baseline (e.g. before the end of radiotherapy). */
    PRE_BASELINE("pre-baseline"),
    BASELINE("baseline"),
    CR("CR"), PR("PR"), SD("SD"), PD("PD"),
    /** Progression within 12 weeks of the end of radiotherapy, awaiting the next scan. */
    PRELIMINARY_PD("preliminary PD"),
    /** The scan after a preliminary PD shows further growth (or a new measurable lesion). */
    CONFIRMED_PD("confirmed PD"),
    /** The scan after a preliminary PD shows a decrease: the preliminary PD was treatment-related. */
    PSEUDOPROGRESSION("pseudoprogression");

    public final String label;

    Response(String label) {
        this.label = label;
    }

    public boolean isProgression() {
        return this == PD || this == CONFIRMED_PD;
    }
}
