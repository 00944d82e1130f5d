package org.gliomaradiomics.report;

import java.util.ArrayList;
import java.util.List;
import org.gliomaradiomics.survival.KaplanMeierCurve;

/** Geometry shared by the PNG and SVG Kaplan-Meier charts: the step polyline, censoring marks and axis ticks. */
final class KaplanMeierSteps {
    private KaplanMeierSteps() {}

    /** Vertices {x[], y[]} of the right-continuous step curve from (0, 1) to the last observed time. */
    static double[][] polyline(KaplanMeierCurve curve, double[] values) {
        List<double[]> pts = new ArrayList<>();
        double level = 1;
        pts.add(new double[] {0, 1});
        for (int k = 0; k < curve.time().length; k++) {
            double v = values[k];
            if (curve.events()[k] > 0 && !Double.isNaN(v) && v != level) {
                pts.add(new double[] {curve.time()[k], level});
                pts.add(new double[] {curve.time()[k], v});
                level = v;
            }
        }
        int last = curve.time().length - 1;
        if (last >= 0) pts.add(new double[] {curve.time()[last], level});
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) { out[0][i] = pts.get(i)[0]; out[1][i] = pts.get(i)[1]; }
        return out;
    }

    /** Censoring marks {x[], y[]}: one per distinct time with a censoring, at the survival level there. */
    static double[][] censorMarks(KaplanMeierCurve curve) {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < curve.time().length; k++)
            if (curve.censored()[k] > 0) pts.add(new double[] {curve.time()[k], curve.survival()[k]});
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) { out[0][i] = pts.get(i)[0]; out[1][i] = pts.get(i)[1]; }
        return out;
    }

    static double maxTime(List<KaplanMeierCurve> curves) {
        double max = 0;
        for (KaplanMeierCurve c : curves) if (c.time().length > 0) max = Math.max(max, c.time()[c.time().length - 1]);
        return max;
    }

    /** "Nice" tick positions 0, step, 2·step, ... covering [0, max] with about five intervals. */
    static double[] ticks(double max) {
        if (!(max > 0)) return new double[] {0};
        double raw = max / 5, magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        int count = (int) Math.floor(max / step + 1e-9) + 1;
        double[] out = new double[count];
        for (int i = 0; i < count; i++) out[i] = i * step;
        return out;
    }
}
