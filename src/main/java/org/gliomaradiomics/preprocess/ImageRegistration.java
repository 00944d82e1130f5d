package org.gliomaradiomics.preprocess;

import java.util.function.DoubleConsumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;

/**
 * Rigid or affine registration of a moving volume to a fixed volume (intensity-based, multi-resolution). The
 * metric ({@link RegistrationSettings.Metric}) is evaluated on a fixed set of sampled fixed voxels; the optimiser
 * is commons-math3's BOBYQA (Powell's derivative-free trust-region method with bounds), run per level from the
 * previous level's result. Parameters are scaled so that one unit is about one millimetre of displacement:
 * rotations (and affine matrix deviations) are multiplied by the fixed image's radius. The transform rotates about
 * the fixed image's centre and maps fixed-space points to moving-space points (ITK convention). Affine
 * registration runs a rigid stage first and starts the affine stage from its result.
 */
public final class ImageRegistration {

    /** The registration outcome: transform (fixed -> moving), final metric value (lower is better), evaluations. */
    public record Result(WorldTransform transform, double metricValue, int evaluations) {}

    private ImageRegistration() {}

    public static Result register(Volume fixed, Volume moving, RegistrationSettings settings, DoubleConsumer progress) {
        settings.validate();
        DoubleConsumer report = progress == null ? f -> {} : progress;
        if (settings.transform() == RegistrationSettings.TransformType.AFFINE) {
            // As ANTs does: a rigid stage first, so that rotations (poorly conditioned among 9 matrix entries) are
            // settled before the affine stage starts from the rigid result.
            RegistrationSettings rigid = settings.toBuilder().transform(RegistrationSettings.TransformType.RIGID).build();
            Result first = run(fixed, moving, rigid, f -> report.accept(0.4 * f));
            RegistrationSettings affine = settings.toBuilder().initialTransform(first.transform()).build();
            Result second = run(fixed, moving, affine, f -> report.accept(0.4 + 0.6 * f));
            return new Result(second.transform(), second.metricValue(), first.evaluations() + second.evaluations());
        }
        return run(fixed, moving, settings, report);
    }

    private static Result run(Volume fixed, Volume moving, RegistrationSettings settings, DoubleConsumer report) {
        Geometry fg = fixed.geometry();
        if (settings.fixedMask() != null && settings.fixedMask().length != fixed.voxels().length)
            throw new IllegalArgumentException("fixed mask has " + settings.fixedMask().length + " voxels, fixed image " + fg.sizeString() + " has " + fixed.voxels().length);
        double[] centre = fg.world((fg.nx - 1) / 2.0, (fg.ny - 1) / 2.0, (fg.nz - 1) / 2.0);
        WorldTransform initial = settings.initialTransform();
        if (initial == null) {
            Geometry mg = moving.geometry();
            double[] mc = mg.world((mg.nx - 1) / 2.0, (mg.ny - 1) / 2.0, (mg.nz - 1) / 2.0);
            initial = WorldTransform.of(Geometry.identity(), new double[] {mc[0] - centre[0], mc[1] - centre[1], mc[2] - centre[2]});
        }
        double radius = 0.5 * Math.sqrt(sq(fg.nx * fg.spacing(0)) + sq(fg.ny * fg.spacing(1)) + sq(fg.nz * fg.spacing(2))) / Math.sqrt(3);
        Parametrisation par = new Parametrisation(settings.transform(), centre, radius, initial);
        double[] x = new double[par.size()];
        double minSpacing = Math.min(fg.spacing(0), Math.min(fg.spacing(1), fg.spacing(2)));
        int levels = settings.shrinkFactors().length, evaluations = 0;
        double best = Double.NaN;
        for (int level = 0; level < levels; level++) {
            int f = settings.shrinkFactors()[level];
            double sigmaMm = settings.smoothingSigmasVoxels()[level] * minSpacing;
            Volume fl = ImagePyramid.gaussian(ImagePyramid.shrink(fixed, f), sigmaMm);
            Volume ml = ImagePyramid.gaussian(ImagePyramid.shrink(moving, f), sigmaMm);
            boolean[] mask = settings.fixedMask() == null ? null : ImagePyramid.shrinkMask(settings.fixedMask(), fg, f);
            RegistrationMetric metric = RegistrationMetric.create(fl, ml, mask, settings);
            double step = f * minSpacing;
            Objective objective = new Objective(metric, par);
            double[] lower = new double[x.length], upper = new double[x.length];
            double bound = 0.5 * radius; // generous: half the radius of displacement per parameter
            for (int i = 0; i < x.length; i++) {
                lower[i] = x[i] - bound;
                upper[i] = x[i] + bound;
            }
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * x.length + 1, settings.initialStepVoxels() * step, settings.finalStepVoxels() * step);
            try {
                optimizer.optimize(new MaxEval(settings.maximumEvaluationsPerLevel()), new ObjectiveFunction(objective::value), GoalType.MINIMIZE,
                    new InitialGuess(x), new SimpleBounds(lower, upper));
            } catch (TooManyEvaluationsException e) {
                // keep the best point seen so far
            }
            x = objective.bestPoint.clone();
            best = objective.bestValue;
            evaluations += objective.evaluations;
            report.accept((level + 1.0) / levels);
        }
        return new Result(par.transform(x), best, evaluations);
    }

    /** Resamples the moving image into the fixed grid (outside: 0). */
    public static Volume resampleMoving(Volume moving, Geometry fixedGrid, WorldTransform fixedToMoving, ImageWarper.Interpolation interpolation) {
        return ImageWarper.warp(moving, fixedGrid, fixedToMoving, interpolation, 0);
    }

    /** Resamples a label map of the moving image into the fixed grid by nearest neighbour. */
    public static Volume resampleMovingLabels(Volume movingLabels, Geometry fixedGrid, WorldTransform fixedToMoving) {
        return ImageWarper.warpLabels(movingLabels, fixedGrid, fixedToMoving);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Wraps the metric, remembering the best point (BOBYQA may stop on its evaluation limit). */
    private static final class Objective {
        final RegistrationMetric metric;
        final Parametrisation par;
        double[] bestPoint;
        double bestValue = Double.POSITIVE_INFINITY;
        int evaluations;

        Objective(RegistrationMetric metric, Parametrisation par) {
            this.metric = metric;
            this.par = par;
        }

        double value(double[] x) {
            double v = metric.value(par.transform(x));
            evaluations++;
            if (v < bestValue || bestPoint == null) {
                bestValue = v;
                bestPoint = x.clone();
            }
            return v;
        }
    }

    /** Scaled parameters -> transform: initial ∘ (p -> A (p - c) + c + t). */
    static final class Parametrisation {
        final RegistrationSettings.TransformType type;
        final double[] centre;
        final double radius;
        final WorldTransform initial;

        Parametrisation(RegistrationSettings.TransformType type, double[] centre, double radius, WorldTransform initial) {
            this.type = type;
            this.centre = centre;
            this.radius = radius;
            this.initial = initial;
        }

        int size() {
            return type == RegistrationSettings.TransformType.RIGID ? 6 : 12;
        }

        WorldTransform transform(double[] x) {
            double[] linear;
            double[] t;
            if (type == RegistrationSettings.TransformType.RIGID) {
                linear = RigidTransform.rotation(x[0] / radius, x[1] / radius, x[2] / radius);
                t = new double[] {x[3], x[4], x[5]};
            } else {
                linear = Geometry.identity();
                for (int i = 0; i < 9; i++) linear[i] += x[i] / radius;
                t = new double[] {x[9], x[10], x[11]};
            }
            return initial.compose(WorldTransform.centred(linear, centre, t));
        }
    }
}
