package org.gliomaradiomics.longitudinal;

/**
 * RANO 2.0 categories of one scan (CR, PR, SD, PD, NE, preliminary PD), the rows that are not assessed (before and at
 * baseline), and the revision of a preliminary PD that a later scan resolved as treatment-related (pseudoprogression).
 */
public enum Response {
    /** Before the baseline (e.g. before the end of radiotherapy). */
    PRE_BASELINE("pre-baseline"),
    BASELINE("baseline"),
    CR("CR"), PR("PR"), SD("SD"), PD("PD"),
    /** Not evaluable: the scan could not be measured. */
    NE("NE"),
    /** Progression within 12 weeks of the end of radiotherapy, awaiting the next scan. */
    PRELIMINARY_PD("preliminary PD"),
    /** Revised category only: a preliminary PD that a later scan showed to be treatment-related (a decrease). */
    PSEUDOPROGRESSION("pseudoprogression");

    public final String label;

    Response(String label) {
        this.label = label;
    }

    public boolean isProgression() {
        return this == PD;
    }
}
