package org.gliomaradiomics.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Calibration of predicted survival at a time point: subjects sorted by predicted S(t|x) (lowest first; ties keep
 * input order) and cut into groups of equal size (the first n mod g groups one larger), then per group the mean
 * predicted S(t) against the Kaplan-Meier S(t) observed in it, with its 95% log-transformed interval (R's
 * {@code survfit} default).
 */
public final class SurvivalCalibration {
    private SurvivalCalibration() {}

    /**
     * @param group 1-based, from the highest predicted risk
     * @param lower,upper 95% interval of the observed S(t) (NaN where undefined, e.g. once S reaches 0)
     */
    public record Group(int group, int size, int eventsByTime, double meanPredicted, double observed, double lower, double upper) {}

    /** Deciles when every group keeps at least 20 subjects, fewer groups otherwise (at least 2). */
    public static int defaultGroups(int n) {
        return Math.max(2, Math.min(10, n / 20));
    }

    public static List<Group> at(double t, double[] time, boolean[] event, double[] predictedSurvival, int groups) {
        int n = time.length;
        if (event.length != n || predictedSurvival.length != n) throw new IllegalArgumentException("time, event and predictions differ in length");
        if (groups < 1 || groups > n) throw new IllegalArgumentException(groups + " calibration groups for " + n + " subjects");
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> predictedSurvival[i]));
        List<Group> out = new ArrayList<>();
        for (int g = 0, from = 0; g < groups; g++) {
            int size = n / groups + (g < n % groups ? 1 : 0);
            double[] tg = new double[size];
            boolean[] eg = new boolean[size];
            double predicted = 0;
            int events = 0;
            for (int k = 0; k < size; k++) {
                int i = order[from + k];
                tg[k] = time[i];
                eg[k] = event[i];
                predicted += predictedSurvival[i];
                if (event[i] && time[i] <= t) events++;
            }
            KaplanMeierCurve km = KaplanMeier.estimate(tg, eg, ConfidenceType.LOG, 0.95);
            out.add(new Group(g + 1, size, events, predicted / size, km.survivalAt(t), km.lowerAt(t), km.upperAt(t)));
            from += size;
        }
        return out;
    }
}
