package org.gliomaradiomics.learn;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/** Conversion between {@link Dataset} and Weka {@code Instances} (NaN becomes Weka's missing value). */
public final class WekaData {
    static {
        org.gliomaradiomics.segment.WekaRuntime.init(); // before any Weka class: keeps its MTJ warning off standard output
    }

    private WekaData() {}

    /** An empty header: numeric attributes for the features plus a nominal class attribute last. */
    public static Instances header(String relation, String[] featureNames, String[] classNames) {
        ArrayList<Attribute> atts = new ArrayList<>();
        for (String n : featureNames) atts.add(new Attribute(n));
        atts.add(new Attribute("class", new ArrayList<>(Arrays.asList(classNames))));
        Instances h = new Instances(relation, atts, 0);
        h.setClassIndex(atts.size() - 1);
        return h;
    }

    public static Instances toInstances(Dataset d, String relation) {
        Instances inst = header(relation, d.featureNames, d.classNames);
        for (int i = 0; i < d.rows(); i++) inst.add(instance(d.x[i], d.y[i], inst));
        return inst;
    }

    /** One row attached to {@code header}; label -1 gives a missing class. */
    public static DenseInstance instance(double[] row, int label, Instances header) {
        double[] v = new double[row.length + 1];
        for (int j = 0; j < row.length; j++) v[j] = Double.isNaN(row[j]) ? Utils.missingValue() : row[j];
        v[row.length] = label < 0 ? Utils.missingValue() : label;
        DenseInstance di = new DenseInstance(1.0, v);
        di.setDataset(header);
        return di;
    }

    /** Writes ARFF text that Weka's Explorer opens (17 decimal places). */
    public static void saveArff(Dataset d, String relation, Writer w) throws IOException {
        Instances data = toInstances(d, relation);
        // as Weka's ArffSaver writes it, but through a writer that reports a full disk (ArffSaver's PrintWriter does not)
        w.write(new Instances(data, 0).toString());
        w.write(System.lineSeparator());
        for (int i = 0; i < data.numInstances(); i++) {
            w.write(data.instance(i).toStringMaxDecimalDigits(17)); // Weka's default of 6 decimals would round the features
            w.write(System.lineSeparator());
        }
    }
}
