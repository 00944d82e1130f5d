package org.gliomaradiomics.survival;

/**
 * Cox partial log-likelihood, score and information for a fixed data set, with Efron or Breslow ties and
 * optional strata. Subjects are sorted once by (stratum, time); risk-set sums S0, S1, S2 are accumulated from
 * the latest time backwards, so one evaluation costs O(n·p²). Covariates are centred (which leaves β unchanged).
 * The sums are kept relative to the largest η of the current risk set (rescaled when a larger one joins), so each
 * risk set's log S0 is an exact log-sum-exp: exp never overflows, and no risk set underflows to log(0) however far
 * η spreads (one global shift would fail once η spans more than ~745). Written by hand: no Java library fits Cox
 * models.
 */
final class CoxPartialLikelihood {

    /** Receives each distinct event time's contribution (used by the proportional-hazards test). */
    interface EventTimeVisitor {
        /**
         * @param time the event time
         * @param from first sorted position of the subjects tied at this time (deaths and censorings)
         * @param to one past the last sorted position
         * @param meanX risk-set mean of x averaged over the Efron steps (Breslow: plain weighted mean)
         * @param score this time's score contribution Σ_deaths x − Σ_l mean_l
         * @param info this time's information contribution (p×p, row-major)
         */
        void visit(double time, int from, int to, double[] meanX, double[] score, double[] info);
    }

    final int n, p;
    final Ties ties;
    final int[] order;          // sorted position -> original subject
    final double[] sortedTime;
    final boolean[] sortedEvent;
    final int[] sortedStratum;
    final double[] x;           // centred, row-major n×p in sorted order
    final double[] mean;

    CoxPartialLikelihood(double[] time, boolean[] event, double[][] covariates, int[] strata, Ties ties) {
        n = time.length;
        if (event.length != n || covariates.length != n || (strata != null && strata.length != n))
            throw new IllegalArgumentException("time, event, covariate and strata arrays differ in length");
        p = n == 0 ? 0 : covariates[0].length;
        this.ties = ties;
        order = SurvivalOrder.byStratumThenTime(time, strata);
        sortedTime = new double[n];
        sortedEvent = new boolean[n];
        sortedStratum = new int[n];
        x = new double[n * p];
        mean = new double[p];
        for (int i = 0; i < n; i++) {
            if (covariates[i].length != p) throw new IllegalArgumentException("covariate row " + i + " has " + covariates[i].length + " values, expected " + p);
            for (int j = 0; j < p; j++) {
                double v = covariates[i][j];
                if (!Double.isFinite(v)) throw new IllegalArgumentException("covariate " + j + " of subject " + i + " is " + v);
                mean[j] += v / n;
            }
        }
        for (int s = 0; s < n; s++) {
            int i = order[s];
            sortedTime[s] = time[i];
            sortedEvent[s] = event[i];
            sortedStratum[s] = strata == null ? 0 : strata[i];
            for (int j = 0; j < p; j++) x[s * p + j] = covariates[i][j] - mean[j];
        }
    }

    /**
     * Log partial likelihood at β; fills score (length p) and information (p×p row-major) when not null, and
     * calls the visitor (may be null) once per distinct event time.
     */
    double evaluate(double[] beta, double[] score, double[] info, EventTimeVisitor visitor) {
        double[] eta = new double[n];
        for (int s = 0; s < n; s++) {
            double e = 0;
            for (int j = 0; j < p; j++) e += x[s * p + j] * beta[j];
            eta[s] = e;
        }
        boolean wantInfo = info != null || visitor != null;
        if (score != null) java.util.Arrays.fill(score, 0);
        if (info != null) java.util.Arrays.fill(info, 0);
        double[] s1 = new double[p], d1 = new double[p], s2 = wantInfo ? new double[p * p] : null;
        double[] d2 = wantInfo ? new double[p * p] : null;
        double[] meanL = new double[p], meanBar = new double[p], scoreT = new double[p];
        double[] infoT = wantInfo ? new double[p * p] : null;
        double loglik = 0;
        int end = n;
        while (end > 0) {
            // one stratum: positions [start, end)
            int start = end - 1;
            while (start > 0 && sortedStratum[start - 1] == sortedStratum[end - 1]) start--;
            double s0 = 0, ref = Double.NEGATIVE_INFINITY;   // sums are relative to exp(ref), ref = max η at risk
            java.util.Arrays.fill(s1, 0);
            if (wantInfo) java.util.Arrays.fill(s2, 0);
            for (int hi = end; hi > start; ) {
                double t = sortedTime[hi - 1];
                int lo = hi - 1;
                while (lo > start && sortedTime[lo - 1] == t) lo--;
                double d0 = 0;
                int deaths = 0;
                java.util.Arrays.fill(d1, 0);
                if (wantInfo) java.util.Arrays.fill(d2, 0);
                java.util.Arrays.fill(scoreT, 0);
                double etaDeaths = 0;
                for (int s = lo; s < hi; s++) {
                    if (eta[s] > ref) {
                        double f = Math.exp(ref - eta[s]);   // rescale everything accumulated so far (0 at the first)
                        s0 *= f;
                        d0 *= f;
                        scale(s1, f);
                        scale(d1, f);
                        if (wantInfo) { scale(s2, f); scale(d2, f); }
                        if (deaths > 0) etaDeaths -= deaths * (eta[s] - ref);
                        ref = eta[s];
                    }
                    double r = Math.exp(eta[s] - ref);
                    int row = s * p;
                    s0 += r;
                    for (int j = 0; j < p; j++) s1[j] += r * x[row + j];
                    if (wantInfo) addOuter(s2, x, row, r);
                    if (sortedEvent[s]) {
                        deaths++;
                        d0 += r;
                        etaDeaths += eta[s] - ref;
                        for (int j = 0; j < p; j++) { d1[j] += r * x[row + j]; scoreT[j] += x[row + j]; }
                        if (wantInfo) addOuter(d2, x, row, r);
                    }
                }
                if (deaths > 0) {
                    loglik += etaDeaths;   // relative to ref, as each log(a0) below
                    java.util.Arrays.fill(meanBar, 0);
                    if (wantInfo) java.util.Arrays.fill(infoT, 0);
                    for (int l = 0; l < deaths; l++) {
                        double f = ties == Ties.EFRON ? (double) l / deaths : 0.0;
                        double a0 = s0 - f * d0;
                        loglik -= Math.log(a0);
                        for (int j = 0; j < p; j++) {
                            meanL[j] = (s1[j] - f * d1[j]) / a0;
                            meanBar[j] += meanL[j] / deaths;
                            scoreT[j] -= meanL[j];
                        }
                        if (wantInfo)
                            for (int a = 0; a < p; a++)
                                for (int b = 0; b < p; b++)
                                    infoT[a * p + b] += (s2[a * p + b] - f * d2[a * p + b]) / a0 - meanL[a] * meanL[b];
                    }
                    if (score != null) for (int j = 0; j < p; j++) score[j] += scoreT[j];
                    if (info != null) for (int m = 0; m < p * p; m++) info[m] += infoT[m];
                    if (visitor != null) visitor.visit(t, lo, hi, meanBar.clone(), scoreT.clone(), infoT.clone());
                }
                hi = lo;
            }
            end = start;
        }
        return loglik;
    }

    private static void scale(double[] v, double f) {
        for (int i = 0; i < v.length; i++) v[i] *= f;
    }

    private void addOuter(double[] target, double[] rows, int row, double weight) {
        for (int a = 0; a < p; a++) {
            double wa = weight * rows[row + a];
            for (int b = 0; b < p; b++) target[a * p + b] += wa * rows[row + b];
        }
    }
}
