package org.gliomaradiomics.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gliomaradiomics.learn.Seeds;

/**
 * The perturbations of a study: every combination of the listed rotations, translations, spacings and volume
 * changes, each with or without noise and contour randomisation as set; or, with {@code count} &gt; 0, that many
 * combinations drawn at random (seeded) from them, cycling through all of them with new seeds when
 * {@code count} exceeds their number (new noise and contours each time). Every perturbation gets its own seed,
 * derived from the study's seed and its index, so a perturbation's result does not depend on the others or on the
 * order they run in.
 */
public final class PerturbationPlan {
    /** Rotation angles in degrees, sub-voxel shifts (fraction of a voxel along each axis), relative volume changes. */
    public List<Double> rotations = List.of(0.0), translations = List.of(0.0), volumeChanges = List.of(0.0);
    /** Spacings (mm, x y z) to resample to; null in the list keeps the grid. */
    public List<double[]> spacings = java.util.Collections.singletonList(null);
    public boolean noise, contour;
    public int count;
    public long seed = 1;

    public List<Perturbation> perturbations() {
        List<double[]> combos = new ArrayList<>(); // {rotation, translation, spacing index, volume}
        for (double r : rotations)
            for (double t : translations)
                for (int s = 0; s < spacings.size(); s++)
                    for (double v : volumeChanges) combos.add(new double[] {r, t, s, v});
        for (double v : volumeChanges)
            if (!(v > -1) || !Double.isFinite(v)) throw new IllegalArgumentException("volume change " + v + " must be finite and above -1 (-100%)");
        for (double t : translations) if (!Double.isFinite(t)) throw new IllegalArgumentException("translation " + t + " is not finite");
        for (double r : rotations) if (!Double.isFinite(r)) throw new IllegalArgumentException("rotation " + r + " is not finite");
        List<double[]> chosen = combos;
        if (count > 0) {
            chosen = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(seed);
            while (chosen.size() < count) {
                List<double[]> round = new ArrayList<>(combos);
                for (int i = round.size() - 1; i > 0; i--) java.util.Collections.swap(round, i, random.nextInt(i + 1));
                chosen.addAll(round.subList(0, Math.min(round.size(), count - chosen.size())));
            }
        }
        if (chosen.size() < 2) throw new IllegalArgumentException("the perturbations make " + chosen.size()
            + " copy of each case; an ICC needs at least 2 (give several rotations, shifts, volumes, or a count with noise or contours)");
        List<Perturbation> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            double[] c = chosen.get(i);
            out.add(new Perturbation(i, c[0], c[1], spacings.get((int) c[2]), noise, c[3], contour, Seeds.mix(seed, i)));
        }
        return out;
    }
}
