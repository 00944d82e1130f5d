package org.gliomaradiomics.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * External validation of a saved {@link SurvivalModel} on a cohort: discrimination (Harrell's C with R's standard
 * error; cumulative/dynamic IPCW AUC at chosen times, {@link Concordance#timeDependentAuc}), and at each of those
 * times the IPCW Brier score of the model and of the null model ({@link BrierScore}) and the calibration of the
 * predicted S(t) by risk group ({@link SurvivalCalibration}).
 */
public final class SurvivalValidation {
    private SurvivalValidation() {}

    /**
     * @param predictedSurvival S(t_k|x_i) as [time k][subject i]
     * @param calibration per time, the risk groups
     */
    public record Result(double[] linearPredictor, Concordance.HarrellC harrell, double[] times, double[] auc, double[] brier,
            double[] nullBrier, double[][] predictedSurvival, List<List<SurvivalCalibration.Group>> calibration) {}

    /**
     * @param linearPredictor the model's η per subject ({@link SurvivalModel#linearPredictor})
     * @param groups calibration groups ({@link SurvivalCalibration#defaultGroups} for the usual choice)
     */
    public static Result of(SurvivalModel model, double[] time, boolean[] event, double[] linearPredictor, double[] times, int groups) {
        int n = time.length;
        Concordance.HarrellC c = Concordance.harrellWithVariance(time, event, linearPredictor);
        double[] auc = Concordance.timeDependentAuc(time, event, linearPredictor, times);
        double[] brier = new double[times.length], nullBrier = new double[times.length];
        double[][] predicted = new double[times.length][n];
        List<List<SurvivalCalibration.Group>> calibration = new ArrayList<>();
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < n; i++) predicted[k][i] = model.survival(times[k], linearPredictor[i]);
            brier[k] = BrierScore.ipcw(time, event, predicted[k], times[k]);
            nullBrier[k] = BrierScore.nullModel(time, event, times[k]);
            calibration.add(SurvivalCalibration.at(times[k], time, event, predicted[k], groups));
        }
        return new Result(linearPredictor.clone(), c, times.clone(), auc, brier, nullBrier, predicted, calibration);
    }
}
