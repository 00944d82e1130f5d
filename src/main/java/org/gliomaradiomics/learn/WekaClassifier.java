package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.Locale;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.supervised.instance.ClassBalancer;
import weka.filters.supervised.instance.Resample;

/**
 * The classifier step: any Weka classifier by class name plus an options string (short names such as
 * {@code RandomForest} are looked up in the usual Weka packages), with optional class balancing of the training
 * rows: {@code weights} (ClassBalancer: equal total weight per class) or {@code resample} (supervised Resample
 * biased to a uniform class distribution, with replacement).
 */
public final class WekaClassifier implements Serializable {
    static {
        org.gliomaradiomics.segment.WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    private static final long serialVersionUID = 1L;
    private static final String[] PACKAGES = {"weka.classifiers.trees.", "weka.classifiers.functions.",
            "weka.classifiers.bayes.", "weka.classifiers.meta.", "weka.classifiers.lazy.", "weka.classifiers.rules."};

    public enum Balance {
        NONE, WEIGHTS, RESAMPLE;

        public static Balance parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown balance '" + s + "' (use none, weights or resample)");
            }
        }
    }

    private static final double MIN_OWN_RIDGE = 1e-3;
    private final Instances header;
    private final Classifier classifier;
    /** Set instead of the two above when Weka's binary ridge Logistic is fitted by {@link RidgeLogistic}. */
    private final RidgeLogistic ridge;

    private WekaClassifier(Instances header, Classifier classifier, RidgeLogistic ridge) {
        this.header = header;
        this.classifier = classifier;
        this.ridge = ridge;
    }

    public static Classifier create(String className, String options) {
        Class<?> cls = null;
        for (String prefix : className.contains(".") ? new String[] {""} : PACKAGES) {
            try {
                cls = Class.forName(prefix + className);
                break;
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        if (cls == null || !Classifier.class.isAssignableFrom(cls))
            throw new IllegalArgumentException("classifier '" + className + "' is not a Weka classifier on the classpath");
        try {
            Classifier c = (Classifier) cls.getDeclaredConstructor().newInstance();
            if (options != null && !options.isBlank()) {
                if (!(c instanceof OptionHandler)) throw new IllegalArgumentException(className + " takes no options");
                ((OptionHandler) c).setOptions(Utils.splitOptions(options));
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("classifier " + className + " with options '" + options + "': " + e.getMessage(), e);
        }
    }

    public static WekaClassifier fit(Dataset train, String className, String options, Balance balance, long seed) {
        Double ridge = ridgeLogistic(train, className, options, balance);
        if (ridge != null) return new WekaClassifier(null, null, RidgeLogistic.fit(train.x, train.y, balanceWeights(train, balance), ridge));
        Instances data = WekaData.toInstances(train, "train");
        Classifier c = create(className, options);
        try {
            if (balance == Balance.WEIGHTS) {
                ClassBalancer f = new ClassBalancer();
                f.setInputFormat(data);
                data = Filter.useFilter(data, f);
            } else if (balance == Balance.RESAMPLE) {
                Resample f = new Resample();
                f.setBiasToUniformClass(1.0);
                f.setSampleSizePercent(100);
                f.setRandomSeed((int) seed);
                f.setInputFormat(data);
                data = Filter.useFilter(data, f);
            }
            c.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("training " + className + " failed: " + e.getMessage(), e);
        }
        return new WekaClassifier(new Instances(data, 0), c, null);
    }

    /**
     * The ridge of Weka's {@code Logistic} when {@link RidgeLogistic} fits the same model: a binary target with both
     * classes, complete training rows, no resampling and no options but {@code -R} of at least 0.001 (and the default
     * {@code -M -1}); otherwise null and Weka fits it.
     */
    static Double ridgeLogistic(Dataset train, String className, String options, Balance balance) {
        if (!className.equals("Logistic") && !className.equals("weka.classifiers.functions.Logistic")) return null;
        if (train.numClasses() != 2 || balance == Balance.RESAMPLE) return null;
        int[] counts = train.classCounts();
        if (counts[0] == 0 || counts[1] == 0) return null;
        for (double[] row : train.x) for (double v : row) if (Double.isNaN(v)) return null;
        double ridge = 1e-8; // Weka's default
        String[] opts;
        try {
            opts = Utils.splitOptions(options == null ? "" : options);
        } catch (Exception e) {
            return null;
        }
        for (int i = 0; i < opts.length; i++) {
            if (opts[i].isEmpty()) continue;
            if (i + 1 < opts.length && opts[i].equals("-R")) ridge = Double.parseDouble(opts[++i]);
            else if (i + 1 < opts.length && opts[i].equals("-M") && opts[i + 1].equals("-1")) i++;
            else return null;
        }
        // Weka's default ridge (1e-8) leaves separable data without a finite optimum: Weka's own stopping rule decides there
        return ridge >= MIN_OWN_RIDGE ? ridge : null;
    }

    /** Instance weights of the balance setting (ClassBalancer's: equal total weight per class, same sum), or null. */
    private static double[] balanceWeights(Dataset train, Balance balance) {
        if (balance != Balance.WEIGHTS) return null;
        int[] counts = train.classCounts();
        double[] w = new double[train.rows()];
        for (int i = 0; i < w.length; i++) w[i] = w.length / (double) (counts.length * counts[train.y[i]]);
        return w;
    }

    /** Class probabilities, one row per data row. */
    public double[][] distributions(Dataset data) {
        double[][] out = new double[data.rows()][];
        if (ridge != null) {
            for (int i = 0; i < out.length; i++) {
                double p1 = ridge.probability(data.x[i]);
                out[i] = new double[] {1 - p1, p1};
            }
            return out;
        }
        try {
            for (int i = 0; i < out.length; i++)
                out[i] = classifier.distributionForInstance(WekaData.instance(data.x[i], -1, header));
        } catch (Exception e) {
            throw new IllegalStateException("prediction failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The Weka classifier, or null where {@link RidgeLogistic} fitted Weka's ridge logistic model. */
    public Classifier classifier() {
        return classifier;
    }
}
